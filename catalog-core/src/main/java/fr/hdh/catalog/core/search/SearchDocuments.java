package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.search.SearchHit.ItemRef;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.Usage;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.ontologies.PROV;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the search documents of one record graph: its dataset (or standard), the dataset's tables and
 * variables, a code list and its concepts, a producer. Tables and variables carry the labels and the
 * facets of the dataset of the same record; nothing is read from other records.
 *
 * <pre>
 * List&lt;SearchDocument&gt; docs = SearchDocuments.of(recordIri, recordContent);
 * </pre>
 */
public final class SearchDocuments {
    private final String recordIri;
    private final Graph graph;
    private final GraphText text;

    private SearchDocuments(String recordIri, Graph graph) {
        this.recordIri = recordIri;
        this.graph = graph;
        this.text = new GraphText(graph);
    }

    /** What the mappings of a record (a mapping set) say the items they map mean; none for other records. */
    public static List<MappedText> mappings(String recordIri, Graph content) {
        return MappingTexts.of(recordIri, content);
    }

    /** The documents of a record, read from its content (provenance triples are ignored). */
    public static List<SearchDocument> of(String recordIri, Graph content) {
        return new SearchDocuments(recordIri, content).read();
    }

    private List<SearchDocument> read() {
        List<SearchDocument> docs = new ArrayList<>();
        Node main = NodeFactory.createURI(recordIri);
        Optional<SearchDocument> usage = usage(main);
        if (usage.isPresent()) {
            // A project or publication is one item: the sponsor organisation it names is no producer.
            return List.of(usage.get());
        }
        Optional<SearchDocument> owner = owner(main);
        owner.ifPresent(docs::add);
        Map<Node, SearchDocument> tables = new HashMap<>();
        for (Node table : typed(CSVW.Table.asNode())) {
            SearchDocument doc = table(table, owner);
            tables.put(table, doc);
            docs.add(doc);
        }
        for (Node column : typed(CSVW.Column.asNode())) {
            docs.add(variable(column, owner, tables));
        }
        for (Node scheme : typed(SKOS.ConceptScheme.asNode())) {
            docs.add(codeList(scheme));
        }
        Map<String, String> schemeLabels = new HashMap<>();
        for (Node concept : typed(SKOS.Concept.asNode())) {
            docs.add(concept(concept, schemeLabels));
        }
        for (Node org : typed(FOAF.Organization.asNode())) {
            docs.add(producer(org));
        }
        return docs;
    }

    /** The dataset or standard that owns the record's tables and variables, if the record is one. */
    private Optional<SearchDocument> owner(Node main) {
        ItemKind kind;
        if (graph.contains(main, RDF.type.asNode(), DCAT.Dataset.asNode())) {
            kind = ItemKind.DATASET;
        } else if (graph.contains(main, RDF.type.asNode(), DCTerms.Standard.asNode())) {
            kind = ItemKind.STANDARD;
        } else {
            return Optional.empty();
        }
        return Optional.of(builder(main, kind)
                .codes(text.strings(main, DCTerms.identifier))
                .titles(text.texts(main, DCTerms.title, DCTerms.alternative))
                .keywords(text.texts(main, DCAT.keyword))
                .descriptions(text.texts(main, DCTerms.description, HealthDCATAP.populationCoverage))
                .facet(Facet.PRODUCER, text.iris(main, DCTerms.publisher))
                .facet(Facet.THEME, text.iris(main, DCAT.theme))
                .facet(Facet.ACCESS_RIGHTS, text.iris(main, DCTerms.accessRights))
                .facet(Facet.CATALOGUE_ENTRY, text.strings(main, HDH.catalogueEntry))
                .build());
    }

    /** A project (title, purpose, sponsor) or a publication (title, authors, venue, DOI), if the record is one. */
    private Optional<SearchDocument> usage(Node main) {
        if (graph.contains(main, RDF.type.asNode(), FOAF.Project.asNode())) {
            List<LangText> descriptions = new ArrayList<>(text.texts(main, DCTerms.description, DPV.hasPurpose));
            text.iris(main, Usage.sponsor).forEach(s -> descriptions.addAll(text.texts(NodeFactory.createURI(s), FOAF.name)));
            return Optional.of(builder(main, ItemKind.PROJECT)
                    .codes(text.strings(main, DCTerms.identifier))
                    .titles(text.texts(main, DCTerms.title))
                    .descriptions(descriptions)
                    .build());
        }
        if (graph.contains(main, RDF.type.asNode(), Usage.ScholarlyArticle.asNode())) {
            List<LangText> descriptions = new ArrayList<>(text.texts(main, DCTerms.creator));
            descriptions.addAll(text.texts(main, Usage.isPartOf));
            return Optional.of(builder(main, ItemKind.PUBLICATION)
                    .codes(text.strings(main, Usage.doi))
                    .titles(text.texts(main, DCTerms.title))
                    .descriptions(descriptions)
                    .build());
        }
        return Optional.empty();
    }

    private SearchDocument table(Node table, Optional<SearchDocument> owner) {
        SearchDocument.Builder b = builder(table, ItemKind.TABLE)
                .codes(text.strings(table, CSVW.name, DCTerms.identifier))
                .titles(text.texts(table, DCTerms.title))
                .keywords(text.texts(table, DCAT.keyword))
                .descriptions(text.texts(table, DCTerms.description));
        owner.ifPresent(o -> b.dataset(new ItemRef(o.iri(), o.label())).inheritFacets(o.facets())
                .context(o.titles()));
        return b.build();
    }

    private SearchDocument variable(Node column, Optional<SearchDocument> owner, Map<Node, SearchDocument> tables) {
        List<LangText> titles = text.texts(column, CSVW.title);
        List<LangText> descriptions = new ArrayList<>(text.texts(column, DCTerms.description));
        descriptions.removeIf(d -> titles.stream().anyMatch(t -> t.text().equals(d.text())));
        List<String> codeLists = text.iris(column, HDH.codeList);
        SearchDocument.Builder b = builder(column, ItemKind.VARIABLE)
                .codes(text.strings(column, CSVW.name))
                .titles(titles)
                .descriptions(descriptions)
                .facet(Facet.DATA_TYPE, text.strings(column, CSVW.datatype))
                .facet(Facet.CODING_SYSTEM, codeLists);
        codeLists.stream().findFirst().ifPresent(iri -> b.codeList(new ItemRef(iri, lastSegment(iri))));
        text.subjects(CSVW.column, column).stream().map(tables::get).filter(t -> t != null).findFirst()
                .ifPresent(t -> b.table(new ItemRef(t.iri(), t.codes().isEmpty() ? t.label() : t.codes().get(0)))
                        .context(t.titles())
                        .context(t.codes().stream().map(c -> new LangText(c, LangText.Lang.NONE)).toList()));
        owner.ifPresent(o -> b.dataset(new ItemRef(o.iri(), o.label())).inheritFacets(o.facets())
                .context(o.titles()));
        return b.build();
    }

    private SearchDocument codeList(Node scheme) {
        return builder(scheme, ItemKind.CODE_LIST)
                .codes(text.strings(scheme, DCTerms.identifier))
                .titles(distinct(text.texts(scheme, SKOS.prefLabel, DCTerms.title)))
                .descriptions(text.texts(scheme, DCTerms.description, SKOS.definition))
                .facet(Facet.CODING_SYSTEM, List.of(scheme.getURI()))
                .sources(text.iris(scheme, PROV.wasDerivedFrom))
                .build();
    }

    private SearchDocument concept(Node concept, Map<String, String> schemeLabels) {
        List<String> schemes = text.iris(concept, SKOS.inScheme);
        SearchDocument.Builder b = builder(concept, ItemKind.CONCEPT)
                .codes(text.strings(concept, SKOS.notation))
                .titles(distinct(text.texts(concept, SKOS.prefLabel)))
                .keywords(text.texts(concept, SKOS.altLabel))
                .descriptions(text.texts(concept, SKOS.definition))
                .facet(Facet.CODING_SYSTEM, schemes);
        schemes.stream().findFirst().ifPresent(iri -> b.codeList(new ItemRef(iri,
                schemeLabels.computeIfAbsent(iri, this::schemeLabel))));
        return b.build();
    }

    private SearchDocument producer(Node org) {
        List<String> codes = new ArrayList<>(text.strings(org, DCTerms.identifier));
        codes.add(lastSegment(org.getURI()));
        return builder(org, ItemKind.PRODUCER)
                .codes(codes)
                .titles(text.texts(org, FOAF.name, SKOS.prefLabel))
                .keywords(text.texts(org, SKOS.altLabel))
                .descriptions(text.texts(org, DCTerms.description))
                .build();
    }

    private String schemeLabel(String iri) {
        Node scheme = NodeFactory.createURI(iri);
        return text.texts(scheme, SKOS.prefLabel, DCTerms.title).stream()
                .filter(t -> t.lang() != LangText.Lang.EN).findFirst()
                .or(() -> text.texts(scheme, SKOS.prefLabel, DCTerms.title).stream().findFirst())
                .map(LangText::text).orElseGet(() -> lastSegment(iri));
    }

    private SearchDocument.Builder builder(Node node, ItemKind kind) {
        return new SearchDocument.Builder(node.getURI(), recordIri, kind);
    }

    private List<Node> typed(Node type) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        return out;
    }

    private static List<LangText> distinct(List<LangText> texts) {
        return List.copyOf(new LinkedHashSet<>(texts));
    }

    private static String lastSegment(String iri) {
        String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }
}
