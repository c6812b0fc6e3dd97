package fr.hdh.catalog.bench.validation;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.harvest.tableschema.SndsDictionary;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation of one real dataset record with ~100 variables: SNDS DCIRS (its one table NS_PRS_F has
 * 101 fields), with the real producer records and EU vocabularies as references.
 *
 * <ul>
 * <li>{@code cachedShapes}: what the catalogue does — shapes parsed once, record + two hops of references.</li>
 * <li>{@code baselineParseShapesEachTime}: the naive way (as a validator called per request often is):
 * parse the official shapes for every validation, then validate the same data.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
    private CatalogRecord dataset;
    private RecordValidator validator;

    @Setup
    public void setUp() throws Exception {
        CatalogIris iris = new CatalogIris("http://bench.example/");
        RecordSource source = new RecordSource("urn:bench", "bench");
        HdhCatalogueReader reader = new HdhCatalogueReader(iris, source);
        List<CatalogRecord> products = reader.datasets(BundledCatalogue.sndsProducts(), BundledCatalogue.producers());
        dataset = products.stream().filter(r -> r.iri().equals(iris.dataset("snds-dcirs"))).findFirst().orElseThrow();
        Path schemas = Path.of(ValidationBenchmark.class.getClassLoader().getResource("hdh/demo/snds/README.md").toURI())
                .getParent().resolve("schemas");
        SndsDictionary.read(schemas, iris).addVariables("snds-dcirs", dataset.content());

        Graph producers = GraphFactory.createDefaultGraph();
        reader.producers(BundledCatalogue.producers()).forEach(p -> p.content().find().forEachRemaining(producers::add));
        ReferenceLookup references = GraphDescriptions.lookupIn(producers).and(EuVocabularies.bundled().lookup());
        validator = new RecordValidator(ShapesLibrary.shared(), references);
        ValidationReport report = validator.validate(dataset);
        long columns = dataset.content().find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                fr.hdh.catalog.ontologies.CSVW.Column.asNode()).toList().size();
        if (!report.conforms() || columns < 100) {
            throw new IllegalStateException("bench record must be valid with >= 100 variables: " + columns + "\n" + report.toText());
        }
    }

    @Benchmark
    public ValidationReport cachedShapes() {
        return validator.validate(dataset);
    }

    @Benchmark
    public ValidationReport baselineParseShapesEachTime() {
        return new RecordValidator(ShapesLibrary.load(), validator.references()).validate(dataset);
    }
}
