package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * One CKAN package as a DCAT dataset record, following ckanext-dcat's DCAT-AP 3 and HealthDCAT-AP
 * profiles (see the package documentation for the field-by-field mapping). Fields are read at the root
 * of the package (ckanext-scheming) or from its {@code extras} (classic CKAN), as ckanext-dcat reads them.
 *
 * <pre>
 * CkanPackageMapper.Mapped m = new CkanPackageMapper("https://demo.ckan.org").toRecord(packageJson, source);
 * sink.accept(m.record());   // m.dropped(): the resources left out, and why
 * </pre>
 */
final class CkanPackageMapper {
    private final String site;

    CkanPackageMapper(String site) {
        this.site = site.replaceFirst("/+$", "");
    }

    /** The record of a package, and the resources that could not be distributions. */
    record Mapped(CatalogRecord record, List<CkanDistributions.Dropped> dropped) {}

    /** Maps a package; throws {@link IllegalArgumentException} when it has no title or no id, name or uri. */
    Mapped toRecord(JsonNode json, RecordSource source) {
        CkanFields p = new CkanFields(json);
        String key = p.first("id", "name");
        Optional<Node> uri = CkanGraph.iri(p.text("uri"));
        if (p.text("title").isEmpty() && !p.value("title_translated").isObject()) {
            throw new IllegalArgumentException("a CKAN package needs a title");
        }
        if (key.isEmpty() && uri.isEmpty()) {
            throw new IllegalArgumentException("a CKAN package needs an id, a name or a uri");
        }
        Node d = uri.orElseGet(() -> NodeFactory.createURI(site + "/dataset/" + key));
        Graph g = GraphFactory.createDefaultGraph();
        CkanGraph out = new CkanGraph(g);
        new CkanDatasetFields(out).map(d, p, key);
        CkanAgents agents = new CkanAgents(out, site);
        agents.map(d, p);
        CkanCoverage coverage = new CkanCoverage(out);
        coverage.map(d, p);
        new CkanHealthFields(out).map(d, p);
        List<CkanDistributions.Dropped> dropped =
                new CkanDistributions(out, site, agents, coverage).map(d, p, key, licence(out, p));
        new CkanHealthDefaults(out).apply(d, p, site + "/dataset/" + p.first("name", "id"));
        return new Mapped(new CatalogRecord(d.getURI(), RecordKind.DATASET, g, source), dropped);
    }

    /** The package's licence ({@code license_url}, else a {@code license_id} that is a URL), given to distributions without their own. */
    private static Optional<Node> licence(CkanGraph out, CkanFields p) {
        Optional<Node> licence = CkanGraph.iri(p.text("license_url")).or(() -> CkanGraph.iri(p.text("license_id")));
        licence.ifPresent(l -> out.literal(l, DCTerms.title.asNode(), p.text("license_title")));
        return licence;
    }
}
