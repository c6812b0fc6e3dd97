package fr.hdh.catalog.core.usage;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.Change;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.record.RecordService;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.ontologies.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes and reads the usage records: projects of the public register and publications. Every write
 * checks the forms whole (each problem named by origin and field: nothing is written when one is wrong),
 * then goes through the one writer, which validates the graphs against the shapes and writes the batch
 * in one transaction. Publications are merged by DOI, within a batch and with the one stored.
 *
 * <pre>
 * usage.putProject(form, new RecordSource("urn:hdh:api", "curator"));
 * List&lt;RankedDataset&gt; top = usage.ranking(10);
 * </pre>
 */
public final class UsageService {
    private final RecordService records;
    private final CatalogStore store;
    private final CatalogIris iris;
    private final UsageRefs refs;

    public UsageService(RecordService records, CatalogStore store, CatalogIris iris) {
        this.records = records;
        this.store = store;
        this.iris = iris;
        this.refs = new UsageRefs(iris, this::isDataset);
    }

    /** Creates or replaces one project. */
    public Change putProject(ProjectForm form, RecordSource source) {
        FormErrors errors = new FormErrors();
        Optional<CatalogRecord> record = ProjectGraph.build(form, refs, source, errors);
        errors.throwIfAny();
        return records.put(record.orElseThrow());
    }

    /** Creates or replaces projects, all or none, in one transaction; two forms of one id are refused. */
    public ChangeSummary putProjects(List<ProjectForm> forms, RecordSource source) {
        FormErrors errors = new FormErrors();
        Map<String, CatalogRecord> batch = new LinkedHashMap<>();
        for (ProjectForm f : forms) {
            ProjectGraph.build(f, refs, source, errors).ifPresent(r -> {
                if (batch.putIfAbsent(r.iri(), r) != null) {
                    errors.add(f.origin(), "id", "project " + f.id() + " is given twice");
                }
            });
        }
        errors.throwIfAny();
        return records.putAll(List.copyOf(batch.values()), Progress.NONE);
    }

    /** Withdraws project {@code id} (kept, flagged, no longer listed or counted). */
    public Change withdrawProject(String id, RecordSource source) {
        String iri = iris.project(id);
        if (project(id).isEmpty()) {
            throw new RecordNotFoundException(iri);
        }
        return records.withdraw(iri, source);
    }

    /**
     * Creates or merges publications, all or none, in one transaction: forms of one DOI (in the batch, or
     * stored) become one record citing the datasets of all. Answers the publications' IRIs, in order.
     */
    public Imported putPublications(List<PublicationForm> forms, RecordSource source) {
        FormErrors errors = new FormErrors();
        Map<String, PublicationForm> merged = new LinkedHashMap<>();
        for (PublicationForm given : forms) {
            PublicationForm f = withDatasetIris(given);
            Optional<String> iri = PublicationGraph.iri(f, refs);
            if (iri.isEmpty()) {
                PublicationGraph.build(f, refs, source, errors);   // names what is wrong
                continue;
            }
            merged.merge(iri.get(), f, PublicationGraph::merge);
        }
        List<CatalogRecord> batch = new ArrayList<>();
        for (Map.Entry<String, PublicationForm> e : merged.entrySet()) {
            PublicationForm f = publication(e.getKey()).map(s -> PublicationGraph.merge(s.form(), e.getValue()))
                    .orElse(e.getValue());
            PublicationGraph.build(f, refs, source, errors).ifPresent(batch::add);
        }
        errors.throwIfAny();
        ChangeSummary summary = records.putAll(batch, Progress.NONE);
        return new Imported(List.copyOf(merged.keySet()), forms.size(), summary);
    }

    /** What an import of publications did: the distinct publications written, from how many entries. */
    public record Imported(List<String> publications, int entries, ChangeSummary changes) {}

    private PublicationForm withDatasetIris(PublicationForm f) {
        return new PublicationForm(f.origin(), f.doi(), f.id(), f.title(), f.authors(), f.issued(), f.venue(),
                f.language(), f.datasets().stream().map(refs::dataset).distinct().toList(), f.project());
    }

    public Optional<StoredProject> project(String id) {
        String iri = iris.project(id);
        return live(iri).map(g -> new StoredProject(iri, ProjectGraph.read(iri, g, refs)));
    }

    /** A publication by DOI (any spelling) or IRI. */
    public Optional<StoredPublication> publication(String doiOrIri) {
        String iri = refs.publication(doiOrIri);
        return live(iri).filter(g -> g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Usage.ScholarlyArticle.asNode()))
                .map(g -> new StoredPublication(iri, PublicationGraph.read(iri, g, refs)));
    }

    /** Every live project, by IRI. */
    public List<StoredProject> projects() {
        return recordsOfType(FOAF.Project.asNode()).stream()
                .flatMap(iri -> live(iri).map(g -> new StoredProject(iri, ProjectGraph.read(iri, g, refs))).stream())
                .toList();
    }

    /** Every live publication, by IRI. */
    public List<StoredPublication> publications() {
        return recordsOfType(Usage.ScholarlyArticle.asNode()).stream()
                .flatMap(iri -> live(iri).map(g -> new StoredPublication(iri, PublicationGraph.read(iri, g, refs))).stream())
                .toList();
    }

    /** The live projects that used or requested {@code dataset}. */
    public List<StoredProject> projectsUsing(String dataset) {
        return usageOf(dataset, "project").stream()
                .flatMap(iri -> live(iri).map(g -> new StoredProject(iri, ProjectGraph.read(iri, g, refs))).stream())
                .toList();
    }

    /** The live publications citing {@code dataset}, the latest first. */
    public List<StoredPublication> publicationsCiting(String dataset) {
        List<StoredPublication> out = new ArrayList<>(usageOf(dataset, "publication").stream()
                .flatMap(iri -> live(iri).map(g -> new StoredPublication(iri, PublicationGraph.read(iri, g, refs))).stream())
                .toList());
        out.sort((a, b) -> String.valueOf(b.form().issued()).compareTo(String.valueOf(a.form().issued())));
        return out;
    }

    /** How much {@code dataset} is reused, in all and by year. */
    public DatasetReuse reuse(String dataset) {
        Query q = UsageQuery.DATASET_REUSE.query();
        return store.read(() -> {
            int projects = 0;
            int publications = 0;
            Map<Integer, int[]> years = new TreeMap<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(q)
                    .substitution("dataset", NodeFactory.createURI(dataset)).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    var row = rows.next();
                    boolean project = "project".equals(row.get("kind").getLiteralLexicalForm());
                    int count = ((Number) row.get("count").getLiteralValue()).intValue();
                    if (project) {
                        projects += count;
                    } else {
                        publications += count;
                    }
                    Node year = row.get("year");
                    if (year != null) {
                        years.computeIfAbsent(((Number) year.getLiteralValue()).intValue(), y -> new int[2])[project ? 0 : 1] += count;
                    }
                }
            }
            List<DatasetReuse.YearCount> byYear = years.entrySet().stream()
                    .map(e -> new DatasetReuse.YearCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
            return new DatasetReuse(dataset, projects, publications, byYear);
        });
    }

    /** The {@code limit} most reused datasets, the most reused first; datasets nobody used are left out. */
    public List<RankedDataset> ranking(int limit) {
        Query q = UsageQuery.RANKING.query();
        q.setLimit(limit);
        return store.read(() -> {
            List<RankedDataset> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(q).build()) {
                exec.select().forEachRemaining(row -> out.add(new RankedDataset(row.get("dataset").getURI(),
                        ((Number) row.get("projects").getLiteralValue()).intValue(),
                        ((Number) row.get("publications").getLiteralValue()).intValue())));
            }
            return out;
        });
    }

    /** The titles of a dataset by language tag (empty key: none), for lists and rankings. */
    public Map<String, String> titles(String dataset) {
        Node d = NodeFactory.createURI(dataset);
        return store.read(() -> store.subjectIn(dataset, d).map(g -> Literals.texts(g, d, org.apache.jena.vocabulary.DCTerms.title))
                .orElse(Map.of()));
    }

    private boolean isDataset(String iri) {
        return store.read(() -> store.count(iri, RDF.type.asNode(), DCAT.Dataset.asNode()) > 0);
    }

    /** The content of record {@code iri} when it is stored and not withdrawn. */
    private Optional<Graph> live(String iri) {
        return store.read(() -> store.recordGraph(iri)
                .filter(g -> !RecordProvenance.withdrawn(iri, g))
                .map(g -> RecordProvenance.content(iri, g)));
    }

    private List<String> recordsOfType(Node type) {
        Query q = UsageQuery.RECORDS.query();
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(q).substitution("type", type).build()) {
                exec.select().forEachRemaining(row -> out.add(row.get("record").getURI()));
            }
            return out;
        });
    }

    private List<String> usageOf(String dataset, String kind) {
        Query q = UsageQuery.DATASET_USAGE.query();
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(q)
                    .substitution("dataset", NodeFactory.createURI(dataset)).build()) {
                exec.select().forEachRemaining(row -> {
                    if (kind.equals(row.get("kind").getLiteralLexicalForm())) {
                        out.add(row.get("record").getURI());
                    }
                });
            }
            return out;
        });
    }
}
