package fr.hdh.catalog.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hdh.catalog.web.page.view.JsonLd;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org {@code Dataset} description of a dataset page, as JSON-LD for the page's
 * {@code <script type="application/ld+json">}, for web search engines (Google Dataset Search reads
 * name, description, url, identifier, keywords, creator, temporalCoverage, isAccessibleForFree).
 * {@link JsonLd} writes it so no value can close the script.
 */
final class SchemaOrgDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaOrgDataset() {}

    static JsonLd jsonLd(Graph graph, String iri, String pageUrl) {
        GraphLabels labels = new GraphLabels(graph);
        Node dataset = NodeFactory.createURI(iri);
        ObjectNode json = JSON.createObjectNode();
        json.put("@context", "https://schema.org/");
        json.put("@type", "Dataset");
        json.put("@id", iri);
        json.put("url", pageUrl);
        json.put("name", labels.of(dataset));
        labels.literal(dataset, DatasetTerms.DESCRIPTION, "fr").or(() -> labels.literal(dataset, DatasetTerms.DESCRIPTION, ""))
                .ifPresent(d -> json.put("description", d));
        labels.literal(dataset, DatasetTerms.IDENTIFIER, "").ifPresent(id -> json.put("identifier", id));
        ArrayNode keywords = json.putArray("keywords");
        graph.find(dataset, DatasetTerms.KEYWORD, Node.ANY).forEachRemaining(t -> keywords.add(t.getObject().getLiteralLexicalForm()));
        graph.find(dataset, DatasetTerms.PUBLISHER, Node.ANY).nextOptional().ifPresent(p -> {
            ObjectNode creator = json.putObject("creator");
            creator.put("@type", "Organization");
            creator.put("@id", p.getObject().toString());
            creator.put("name", labels.of(p.getObject()));
        });
        temporal(graph, dataset).ifPresent(t -> json.put("temporalCoverage", t));
        json.put("isAccessibleForFree", graph.find(dataset, DatasetTerms.ACCESS_RIGHTS, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("/PUBLIC")));
        return JsonLd.of(json);
    }

    private static java.util.Optional<String> temporal(Graph graph, Node dataset) {
        return graph.find(dataset, DatasetTerms.TEMPORAL, Node.ANY).nextOptional().map(t -> t.getObject()).flatMap(period -> {
            String start = graph.find(period, DatasetTerms.START_DATE, Node.ANY).nextOptional()
                    .map(s -> s.getObject().getLiteralLexicalForm()).orElse("..");
            String end = graph.find(period, DatasetTerms.END_DATE, Node.ANY).nextOptional()
                    .map(s -> s.getObject().getLiteralLexicalForm()).orElse("..");
            return start.equals("..") && end.equals("..") ? java.util.Optional.empty() : java.util.Optional.of(start + "/" + end);
        });
    }
}
