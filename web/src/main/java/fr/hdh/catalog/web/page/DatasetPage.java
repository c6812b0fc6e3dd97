package fr.hdh.catalog.web.page;

import fr.hdh.catalog.harvest.run.DatasetQuality;
import fr.hdh.catalog.core.text.HtmlText;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A dataset for a browser: titles and description, the key facts (publisher, access rights, themes,
 * coverage), its distributions, and its variable dictionary table by table with each variable's
 * code list; with its schema.org description for search engines.
 */
public final class DatasetPage {
    private final LocalLinks links;

    public DatasetPage(LocalLinks links) {
        this.links = links;
    }

    /**
     * @param graph the dataset's record and what it references
     * @param iri the dataset
     * @param path where this page is served (for the links to the other formats)
     * @param quality the dataset's measured metadata quality, when a quality graph measured it
     */
    public String render(Graph graph, String iri, String path, Optional<DatasetQuality> quality) {
        GraphLabels labels = new GraphLabels(graph);
        Node dataset = NodeFactory.createURI(iri);
        StringBuilder body = new StringBuilder("<h1>").append(HtmlText.escape(labels.of(dataset))).append("</h1>");
        labels.literal(dataset, DatasetTerms.TITLE, "en")
                .ifPresent(en -> body.append("<p class=\"subtitle\" lang=\"en\">").append(HtmlText.escape(en)).append("</p>"));
        for (String lang : List.of("fr", "en")) {
            labels.literal(dataset, DatasetTerms.DESCRIPTION, lang).ifPresent(d ->
                    body.append("<p lang=\"").append(lang).append("\">").append(HtmlText.escape(d)).append("</p>"));
        }
        body.append(facts(graph, labels, dataset));
        quality.ifPresent(q -> body.append(QualitySection.render(q)));
        body.append(new VariableDictionarySection(links).render(graph, labels, dataset));
        body.append(PageLayout.formats(path));
        String head = SchemaOrgDataset.script(graph, iri, iri);
        return PageLayout.page(labels.of(dataset), head, body.toString());
    }

    private String facts(Graph graph, GraphLabels labels, Node dataset) {
        StringBuilder dl = new StringBuilder("<dl class=\"facts\">");
        fact(dl, "Identifiant · Identifier", values(graph, labels, dataset, DatasetTerms.IDENTIFIER));
        fact(dl, "Producteur · Publisher", values(graph, labels, dataset, DatasetTerms.PUBLISHER));
        fact(dl, "Accès · Access rights", values(graph, labels, dataset, DatasetTerms.ACCESS_RIGHTS));
        fact(dl, "Thèmes · Themes", values(graph, labels, dataset, DatasetTerms.THEME));
        fact(dl, "Catégories de santé · Health categories", values(graph, labels, dataset, DatasetTerms.HEALTH_CATEGORY));
        fact(dl, "Mots-clés · Keywords", values(graph, labels, dataset, DatasetTerms.KEYWORD));
        fact(dl, "Couverture spatiale · Spatial coverage", values(graph, labels, dataset, DatasetTerms.SPATIAL));
        fact(dl, "Distributions", values(graph, labels, dataset, DatasetTerms.DISTRIBUTION));
        fact(dl, "Fiche · Catalogue entry", values(graph, labels, dataset, DatasetTerms.CATALOGUE_ENTRY));
        return dl.append("</dl>").toString();
    }

    private static void fact(StringBuilder dl, String label, String values) {
        if (!values.isEmpty()) {
            dl.append("<dt>").append(HtmlText.escape(label)).append("</dt><dd>").append(values).append("</dd>");
        }
    }

    private String values(Graph graph, GraphLabels labels, Node subject, Node property) {
        List<Node> objects = graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList();
        objects.sort(Comparator.comparing(labels::of));
        StringBuilder b = new StringBuilder();
        for (Node o : objects) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(o.isURI() ? links.anchor(o.getURI(), labels.of(o)) : HtmlText.escape(labels.of(o)));
        }
        return b.toString();
    }
}
