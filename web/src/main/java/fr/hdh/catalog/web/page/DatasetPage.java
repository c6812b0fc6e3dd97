package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.quality.DatasetQuality;
import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.web.page.view.DatasetView;
import fr.hdh.catalog.web.page.view.LangText;
import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A dataset for a browser: titles and description, the key facts (publisher, access rights, themes,
 * coverage), its quality, its distributions, its variable dictionary table by table with each
 * variable's code list, and the projects and publications that reused it; with its schema.org description
 * for search engines.
 */
public final class DatasetPage {
    /** The facts shown, in this order: the message key of each and the property it reads. */
    private static final List<Fact> FACTS = List.of(
            new Fact("fact.identifier", DatasetTerms.IDENTIFIER), new Fact("fact.publisher", DatasetTerms.PUBLISHER),
            new Fact("fact.accessRights", DatasetTerms.ACCESS_RIGHTS), new Fact("fact.theme", DatasetTerms.THEME),
            new Fact("fact.healthCategory", DatasetTerms.HEALTH_CATEGORY), new Fact("fact.keyword", DatasetTerms.KEYWORD),
            new Fact("fact.spatial", DatasetTerms.SPATIAL), new Fact("fact.distribution", DatasetTerms.DISTRIBUTION),
            new Fact("fact.catalogueEntry", DatasetTerms.CATALOGUE_ENTRY));

    private record Fact(String key, Node property) {}

    private final LocalLinks links;

    public DatasetPage(LocalLinks links) {
        this.links = links;
    }

    /**
     * @param graph the dataset's record and what it references
     * @param iri the dataset
     * @param path where this page is served (for the links to the other formats)
     * @param quality the dataset's measured metadata quality, when a quality graph measured it
     * @param amendments what the catalogue changed in the record when it harvested it
     * @param lang the page's language
     */
    public DatasetView view(Graph graph, String iri, String path, Optional<DatasetQuality> quality,
                            List<Amendment> amendments, Lang lang) {
        return view(graph, iri, path, quality, amendments, Optional.empty(), lang);
    }

    /** As above, with the dataset's reuse ({@link UsageSection}). */
    public DatasetView view(Graph graph, String iri, String path, Optional<DatasetQuality> quality,
                            List<Amendment> amendments, Optional<DatasetView.Usage> usage, Lang lang) {
        GraphLabels labels = new GraphLabels(graph, lang);
        Node dataset = NodeFactory.createURI(iri);
        String title = labels.of(dataset);
        Optional<LangText> otherTitle = labels.literal(dataset, DatasetTerms.TITLE, lang.other().tag())
                .filter(t -> !t.equals(title)).map(t -> new LangText(t, lang.other().tag()));
        List<LangText> descriptions = new ArrayList<>();
        for (Lang l : List.of(lang, lang.other())) {
            labels.literal(dataset, DatasetTerms.DESCRIPTION, l.tag()).ifPresent(d -> descriptions.add(new LangText(d, l.tag())));
        }
        List<DatasetView.Fact> facts = new ArrayList<>();
        for (Fact f : FACTS) {
            List<Link> values = values(graph, labels, dataset, f.property());
            if (!values.isEmpty()) {
                facts.add(new DatasetView.Fact(f.key(), values));
            }
        }
        return new DatasetView(title, otherTitle, descriptions, facts, quality.map(q -> QualitySection.view(q, lang)),
                RecordOrigin.of(graph, iri, links), amendments.stream().map(AmendmentsSection::view).toList(),
                new VariableDictionarySection(links).tables(graph, labels, dataset), Formats.of(path),
                SchemaOrgDataset.jsonLd(graph, iri, iri), usage);
    }

    private List<Link> values(Graph graph, GraphLabels labels, Node subject, Node property) {
        List<Node> objects = graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList();
        objects.sort(Comparator.comparing(labels::of));
        return objects.stream().map(o -> o.isURI() ? links.link(o.getURI(), labels.of(o)) : Link.text(labels.of(o))).toList();
    }
}
