package fr.hdh.catalog.harvest.omop;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * The OMOP Common Data Model 5.4 as one catalogue record of kind standard, read from OHDSI's
 * specification CSVs: a {@code dct:Standard} with its 39 tables and 432 fields as csvw tables and
 * columns.
 *
 * <pre>
 * CatalogRecord omop = OmopCdmStandard.read(Path.of("hdh/demo/omop"), iris, new RecordSource("urn:hdh:demo", "demo"));
 * omop.iri();   // http://localhost:8080/standard/omop-cdm-5.4
 * </pre>
 */
public final class OmopCdmStandard {
    /** The standard's id in the catalogue's IRIs. */
    public static final String STANDARD_ID = "omop-cdm-5.4";
    public static final String VERSION = "5.4";
    private static final String HOMEPAGE = "https://ohdsi.github.io/CommonDataModel/";
    private static final String ENGLISH = "en";

    private OmopCdmStandard() {}

    /**
     * Reads {@code OMOP_CDMv5.4_Table_Level.csv} and {@code OMOP_CDMv5.4_Field_Level.csv} from
     * {@code specificationFolder} (a folder, also one inside a jar).
     *
     * @throws fr.hdh.catalog.core.MalformedInputException when a CSV is malformed, naming its line
     */
    public static CatalogRecord read(Path specificationFolder, CatalogIris iris, RecordSource source) {
        return toRecord(OmopSpecification.read(specificationFolder, VERSION), iris, source);
    }

    /**
     * Reads another version of the specification ({@code 5.3}, say) from its two CSVs in
     * {@code specificationFolder}, as the standard {@code omop-cdm-VERSION}.
     */
    public static CatalogRecord read(Path specificationFolder, String version, CatalogIris iris, RecordSource source) {
        return toRecord(OmopSpecification.read(specificationFolder, version), version, iris, source);
    }

    /** The record of a specification already read. */
    public static CatalogRecord toRecord(OmopSpecification spec, CatalogIris iris, RecordSource source) {
        return toRecord(spec, VERSION, iris, source);
    }

    private static CatalogRecord toRecord(OmopSpecification spec, String version, CatalogIris iris, RecordSource source) {
        String standardId = "omop-cdm-" + version;
        String iri = iris.standard(standardId);
        Node standard = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(standard, RDF.type.asNode(), DCTerms.Standard.asNode());
        g.add(standard, DCTerms.title.asNode(), NodeFactory.createLiteralLang("OMOP Common Data Model " + version, ENGLISH));
        g.add(standard, DCTerms.description.asNode(), NodeFactory.createLiteralLang(description(spec, version), ENGLISH));
        g.add(standard, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("OMOP CDM v" + version));
        g.add(standard, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        g.add(standard, FOAF.homepage.asNode(), NodeFactory.createURI(HOMEPAGE));
        new OmopStandardMapper(iris, standardId).addTables(g, standard, spec);
        return new CatalogRecord(iri, RecordKind.STANDARD, g, source);
    }

    private static String description(OmopSpecification spec, String version) {
        return "The Observational Medical Outcomes Partnership (OMOP) Common Data Model, version " + version + ", "
                + "maintained by OHDSI: a common structure and vocabulary for observational health data, "
                + "so that one analysis runs unchanged on every database converted to it. "
                + spec.tables().size() + " tables, " + spec.fields().size() + " fields.";
    }
}
