package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * When, where and in relation to what a package is, as ckanext-dcat writes it: periods of time
 * ({@code temporal_coverage[]}, else the {@code temporal_start}/{@code temporal_end} extras; the
 * health {@code retention_period[]}), locations ({@code spatial_coverage[]}, else the
 * {@code spatial_uri}, {@code spatial_text}, {@code spatial}, {@code spatial_bbox},
 * {@code spatial_centroid} extras; GeoJSON as WKT) and qualified relations.
 */
final class CkanCoverage {
    private static final String IANA_RELATED = "http://www.iana.org/assignments/relation/related";

    private final CkanGraph out;

    CkanCoverage(CkanGraph out) {
        this.out = out;
    }

    void map(Node d, CkanFields p) {
        temporal(d, p);
        spatial(d, p);
        relations(d, p);
        retention(d, p);
    }

    private void temporal(Node d, CkanFields p) {
        for (CkanFields t : p.objects("temporal_coverage")) {
            period(d, DCTerms.temporal.asNode(), t.text("start"), t.text("end"));
        }
        period(d, DCTerms.temporal.asNode(), p.text("temporal_start"), p.text("temporal_end"));
    }

    /** The health {@code retention_period[]} of a package or a resource: {@code xsd:date} bounds. */
    void retention(Node subject, CkanFields fields) {
        for (CkanFields r : fields.objects("retention_period")) {
            Node period = period(subject, HEALTH_RETENTION_PERIOD, r.text("start"), r.text("end"));
            if (period != null && !r.text("comment").isEmpty()) {
                out.add(period, RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.text("comment"), "en"));
            }
        }
    }

    private Node period(Node subject, Node predicate, String start, String end) {
        if (start.isEmpty() && end.isEmpty()) {
            return null;
        }
        Node period = NodeFactory.createBlankNode();
        out.add(subject, predicate, period);
        out.type(period, DCTerms.PeriodOfTime.asNode());
        out.date(period, DCAT.startDate.asNode(), start);
        out.date(period, DCAT.endDate.asNode(), end);
        return period;
    }

    private void spatial(Node d, CkanFields p) {
        for (CkanFields s : p.objects("spatial_coverage")) {
            location(d, s.text("uri"), s.text("text"), s.value("geom"), s.value("bbox"), s.value("centroid"));
        }
        location(d, p.text("spatial_uri"), p.text("spatial_text"), p.value("spatial"), p.value("spatial_bbox"),
                p.value("spatial_centroid"));
    }

    private void location(Node d, String uri, String text, JsonNode geometry, JsonNode bbox, JsonNode centroid) {
        if (uri.isEmpty() && text.isEmpty() && geometry.isMissingNode() && bbox.isMissingNode() && centroid.isMissingNode()) {
            return;
        }
        Node location = CkanGraph.iri(uri).orElseGet(NodeFactory::createBlankNode);
        out.add(d, DCTerms.spatial.asNode(), location);
        out.type(location, DCTerms.Location.asNode());
        out.literal(location, SKOS.prefLabel.asNode(), text);
        wkt(location, LOCN_GEOMETRY, geometry);
        wkt(location, DCAT.bbox.asNode(), bbox);
        wkt(location, DCAT.centroid.asNode(), centroid);
    }

    private void wkt(Node location, Node predicate, JsonNode geometry) {
        GeoJsonWkt.of(geometry).ifPresent(w -> out.add(location, predicate,
                NodeFactory.createLiteralDT(w, org.apache.jena.datatypes.TypeMapper.getInstance()
                        .getSafeTypeByName(WKT_LITERAL_TYPE.getURI()))));
    }

    /**
     * {@code qualified_relation[]} → {@code dcat:qualifiedRelation} [{@code dct:relation},
     * {@code dcat:hadRole}]. A relation whose role is IANA's {@code related} (or none) says no more than
     * {@code dct:relation}, and is written so: DCAT-AP 3.0.0 requires the object of a qualified
     * relation to be a described catalogue, dataset or data service, which a bare link is not.
     */
    private void relations(Node d, CkanFields p) {
        for (CkanFields r : p.objects("qualified_relation")) {
            String role = r.text("role").replaceFirst("^https://", "http://");
            if (r.text("uri").isEmpty() && (role.isEmpty() || role.equals(IANA_RELATED))) {
                out.iriOrLabelled(d, DCTerms.relation.asNode(), r.text("relation"), null);
                continue;
            }
            Node relation = CkanGraph.iri(r.text("uri")).orElseGet(NodeFactory::createBlankNode);
            out.add(d, DCAT.qualifiedRelation.asNode(), relation);
            out.type(relation, DCAT.Relationship.asNode());
            out.iriOrLiteral(relation, DCTerms.relation.asNode(), r.text("relation"), RDFS.Resource.asNode());
            out.iriOrLiteral(relation, DCAT.hadRole.asNode(), r.text("role"), DCAT_ROLE);
        }
    }
}
