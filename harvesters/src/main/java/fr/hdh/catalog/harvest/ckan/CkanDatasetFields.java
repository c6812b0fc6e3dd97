package fr.hdh.catalog.harvest.ckan;

import static fr.hdh.catalog.harvest.ckan.CkanTerms.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * The dataset-level fields of a package, core CKAN and DCAT-AP 3 scheming alike, as ckanext-dcat's
 * {@code euro_dcat_ap_3} profile writes them. Where that profile would write a literal that DCAT-AP 3
 * refuses (a class-valued property such as {@code dct:conformsTo} given free text), the text is kept
 * as the {@code rdfs:label} of a node of the range class, the way the profile writes statements; ISO
 * language codes and frequency words become the EU concepts ({@link CkanCodes}).
 */
final class CkanDatasetFields {
    private static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

    private final CkanGraph out;

    CkanDatasetFields(CkanGraph out) {
        this.out = out;
    }

    void map(Node d, CkanFields p, String id) {
        out.type(d, DCAT.Dataset.asNode());
        translatable(d, DCTerms.title.asNode(), p, "title");
        translatable(d, DCTerms.description.asNode(), p, "notes");
        out.link(d, DCAT.landingPage.asNode(), p.text("url"));
        CkanGraph.iri(p.text("url")).ifPresent(u -> out.type(u, FOAF.Document.asNode()));
        out.literal(d, DCTerms.identifier.asNode(), p.first("identifier", "guid").isEmpty() ? id : p.first("identifier", "guid"));
        out.literal(d, DCAT_VERSION, p.text("version"));
        out.literal(d, ADMS_VERSION_NOTES, p.text("version_notes"));
        frequency(d, p.text("frequency"));
        out.iriOrLabelled(d, DCTerms.type.asNode(), p.text("dcat_type"), SKOS.Concept.asNode());
        p.node().path("tags").forEach(t -> out.literal(d, DCAT.keyword.asNode(), t.path("name").asText("").trim()));
        out.date(d, DCTerms.issued.asNode(), p.first("issued", "metadata_created"));
        out.date(d, DCTerms.modified.asNode(), p.first("modified", "metadata_modified"));
        lists(d, p);
        out.typed(d, DCAT.temporalResolution.asNode(), p.text("temporal_resolution"), XSDDatatype.XSDduration);
        p.list("spatial_resolution_in_meters").forEach(v -> out.decimal(d, DCAT.spatialResolutionInMeters.asNode(), v));
        for (String alternate : p.list("alternate_identifier")) {
            Node identifier = NodeFactory.createBlankNode();
            out.add(d, ADMS_IDENTIFIER, identifier);
            out.type(identifier, ADMS_IDENTIFIER_CLASS);
            out.literal(identifier, SKOS.notation.asNode(), alternate);
        }
        out.iriOrLabelled(d, DCTerms.accessRights.asNode(), accessRight(p.text("access_rights")), DCTerms.RightsStatement.asNode());
        out.iriOrLabelled(d, DCTerms.provenance.asNode(), p.text("provenance"), DCTerms.ProvenanceStatement.asNode());
    }

    private void lists(Node d, CkanFields p) {
        p.list("language").forEach(v -> out.iriOrLabelled(d, DCTerms.language.asNode(), CkanCodes.language(v), DCTerms.LinguisticSystem.asNode()));
        p.list("theme").forEach(v -> out.link(d, DCAT.theme.asNode(), v));
        p.list("conforms_to").forEach(v -> out.iriOrLabelled(d, DCTerms.conformsTo.asNode(), v, DCTerms.Standard.asNode()));
        p.list("documentation").forEach(v -> out.iriOrLabelled(d, FOAF.page.asNode(), v, FOAF.Document.asNode()));
        p.list("related_resource").forEach(v -> out.iriOrLabelled(d, DCTerms.relation.asNode(), v, null));
        p.list("has_version").forEach(v -> out.iriOrLabelled(d, DCAT_HAS_VERSION, v, null));
        p.list("is_version_of").forEach(v -> out.iriOrLabelled(d, DCTerms.isVersionOf.asNode(), v, null));
        p.list("source").forEach(v -> out.iriOrLabelled(d, DCTerms.source.asNode(), v, null));
        p.list("sample").forEach(v -> out.distributionAt(d, ADMS_SAMPLE, v));
        p.list("is_referenced_by").forEach(v -> out.iriOrLabelled(d, DCTerms.isReferencedBy.asNode(), v, null));
        p.list("applicable_legislation").forEach(v -> out.iriOrLiteral(d, DCATAP_APPLICABLE_LEGISLATION, v, ELI_LEGAL_RESOURCE));
        p.list("hvd_category").forEach(v -> out.iriOrLiteral(d, DCATAP_HVD_CATEGORY, v, null));
    }

    /** A plain value, or a {@code {lang: text}} object as language-tagged literals ({@code title_translated}). */
    private void translatable(Node d, Node predicate, CkanFields p, String key) {
        JsonNode translated = p.value(key + "_translated");
        if (translated.isObject()) {
            translated.fields().forEachRemaining(e -> {
                if (!e.getValue().asText("").isBlank()) {
                    out.add(d, predicate, NodeFactory.createLiteralLang(e.getValue().asText().trim(), e.getKey()));
                }
            });
            if (translated.size() > 0) {
                return;
            }
        }
        out.literal(d, predicate, p.text(key));
    }

    private void frequency(Node d, String text) {
        out.iriOrLabelled(d, DCTerms.accrualPeriodicity.asNode(), CkanCodes.frequency(text), DCTerms.Frequency.asNode());
    }

    /** An access-right code ({@code PUBLIC}, {@code non-public}) as the EU concept; anything else as given. */
    private static String accessRight(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return code.matches("PUBLIC|RESTRICTED|NON_PUBLIC|CONFIDENTIAL|SENSITIVE|NORMAL") ? ACCESS_RIGHT + code : text;
    }
}
