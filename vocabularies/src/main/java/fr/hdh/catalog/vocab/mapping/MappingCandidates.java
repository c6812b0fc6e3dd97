package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.SearchIndex;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.ontologies.CSVW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Assisted mapping, as OHDSI's Usagi does it: for a source variable or concept, the standard targets
 * whose labels are most like its own, best first. The source's code, labels and description (French and
 * English) are searched in the catalogue's search index among the fields of the standards (OMOP CDM…)
 * and the concepts of the code lists; the source itself and its own dataset's variables are left out.
 * A reviewer then accepts a candidate by posting it as a mapping, and reviews it like any other.
 *
 * <pre>
 * List&lt;Candidate&gt; best = new MappingCandidates(catalog).candidates(iris.variable("snds-beneficiaires", "IR_BEN_R", "BEN_DCD_DTE"), 10);
 * </pre>
 */
public final class MappingCandidates {
    /** At most this many candidates are returned. */
    public static final int MAX = 50;
    /** How deep the variables' ranking is read to find the standards' fields among every dataset's variables. */
    private static final int FIELD_DEPTH = 5_000;
    private final Catalog catalog;

    public MappingCandidates(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A possible target: its IRI, label, kind ({@code variable} for a standard's field, {@code concept}), score. */
    public record Candidate(String iri, String label, String kind, float score) {}

    /** The source's words, then the candidates. */
    public record Candidates(String source, String searchedText, List<Candidate> candidates) {}

    /** Which targets to look among. */
    public enum Targets {
        /** The fields of the standards (OMOP CDM tables' columns…). */
        FIELDS,
        /** The concepts of the code lists. */
        CONCEPTS,
        /** Both, ranked together. */
        ALL
    }

    /**
     * The {@code limit} best targets for {@code sourceIri}.
     *
     * @throws RecordNotFoundException when the catalogue does not describe {@code sourceIri}
     */
    public Candidates candidates(String sourceIri, int limit) {
        return candidates(sourceIri, Targets.ALL, limit);
    }

    /**
     * The {@code limit} best targets of kind {@code targets} for {@code sourceIri}.
     *
     * @throws RecordNotFoundException when the catalogue does not describe {@code sourceIri}
     */
    public Candidates candidates(String sourceIri, Targets targets, int limit) {
        Node source = NodeFactory.createURI(sourceIri);
        String text = catalog.store().read(() -> words(catalog.store().union(), source));
        if (text.isBlank()) {
            throw new RecordNotFoundException(sourceIri);
        }
        int wanted = Math.max(1, Math.min(limit, MAX));
        String standards = catalog.iris().standard("");
        String ownDataset = sourceIri.contains("/table/") ? sourceIri.substring(0, sourceIri.indexOf("/table/")) : sourceIri;
        // Variables of every dataset share the index with the standards' fields: the fields are picked from a deep list.
        List<SearchIndex.ScoredItem> hits = new ArrayList<>();
        if (targets != Targets.CONCEPTS) {
            hits.addAll(catalog.search().find(text, List.of(ItemKind.VARIABLE), FIELD_DEPTH).stream()
                    .filter(h -> h.iri().startsWith(standards)).toList());
        }
        if (targets != Targets.FIELDS) {
            hits.addAll(catalog.search().find(text, List.of(ItemKind.CONCEPT), wanted + 1));
        }
        hits.sort(Comparator.comparingDouble((SearchIndex.ScoredItem h) -> h.score()).reversed());
        List<Candidate> out = new ArrayList<>();
        for (SearchIndex.ScoredItem hit : hits) {
            boolean target = hit.kind() == ItemKind.CONCEPT || hit.iri().startsWith(standards);
            if (!target || hit.iri().equals(sourceIri) || hit.iri().startsWith(ownDataset + "/")) {
                continue;
            }
            String label = catalog.store().read(() -> label(catalog.store().union(), NodeFactory.createURI(hit.iri())));
            out.add(new Candidate(hit.iri(), label, hit.kind().id(), hit.score()));
            if (out.size() == wanted) {
                break;
            }
        }
        return new Candidates(sourceIri, text, out);
    }

    /** The code (its underscores as spaces), labels and descriptions of {@code node}, within the search's length. */
    static String words(Graph g, Node node) {
        Set<String> parts = new LinkedHashSet<>();
        for (Node p : List.of(CSVW.name.asNode(), SKOS.notation.asNode(), CSVW.title.asNode(), DCTerms.title.asNode(),
                SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.description.asNode())) {
            g.find(node, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    parts.add(t.getObject().getLiteralLexicalForm().replace('_', ' ').strip());
                }
            });
        }
        String text = String.join(" ", parts);
        return text.length() > SearchQuery.MAX_TEXT ? text.substring(0, SearchQuery.MAX_TEXT) : text;
    }

    private static String label(Graph g, Node node) {
        for (Node p : List.of(CSVW.name.asNode(), SKOS.prefLabel.asNode(), CSVW.title.asNode(), DCTerms.title.asNode(),
                RDFS.label.asNode())) {
            var found = g.find(node, p, Node.ANY).nextOptional();
            if (found.isPresent() && found.get().getObject().isLiteral()) {
                return found.get().getObject().getLiteralLexicalForm();
            }
        }
        return node.getURI();
    }
}
