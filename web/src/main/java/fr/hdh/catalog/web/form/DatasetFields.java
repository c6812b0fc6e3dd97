package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.form.DatasetForm;
import fr.hdh.catalog.core.form.DatasetForms;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/**
 * The dataset form's fields and the record they describe, both ways. Fields become a {@link DatasetForm} (the
 * plain form the JSON API takes too) and so a DCAT-AP record through {@link DatasetForms}, plus the landing
 * page; on an edit, the statements the form does not show (a data dictionary, the parts of a distribution
 * it has no field for) are kept, and those it shows are replaced: the dataset's, its HealthDCAT-AP properties
 * ({@link HealthFields}) and its distributions ({@link DistributionSlots}). Back from a stored version, the
 * record's statements fill the fields for editing.
 */
final class DatasetFields {
    /** The EU data themes (Publications Office authority table data-theme), by code. */
    static final List<String> THEMES = List.of("AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST",
            "OP_DATPRO", "REGI", "SOCI", "TECH", "TRAN");
    /** The EU access rights (authority table access-right), by code. */
    static final List<String> ACCESS_RIGHTS = List.of("PUBLIC", "RESTRICTED", "NON_PUBLIC");
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    /** The dataset's properties the form shows, replaced as a whole on an edit. */
    private static final List<Node> SHOWN = java.util.stream.Stream.concat(java.util.stream.Stream.of(DCTerms.title.asNode(),
            DCTerms.description.asNode(), DCTerms.publisher.asNode(), DCAT.contactPoint.asNode(), DCAT.theme.asNode(),
            DCAT.keyword.asNode(), DCTerms.accessRights.asNode(), DCTerms.temporal.asNode(), DCTerms.spatial.asNode(),
            DCAT.landingPage.asNode()), HealthFields.SHOWN.stream()).toList();

    private final CatalogIris iris;
    private final VocabularyChoices choices = VocabularyChoices.bundled();

    /** A record made from the fields, and the slot of each of its distributions (by IRI), to place the profile's findings. */
    record Made(CatalogRecord record, Map<String, Integer> slots) {}

    DatasetFields(CatalogIris iris) {
        this.iris = iris;
    }

    /**
     * The record the fields describe, over {@code base} (the latest version's content on an edit); throws
     * {@link InvalidFormException} naming each field that cannot be read.
     */
    Made record(FieldValues v, String id, Optional<Graph> base, RecordSource source) {
        List<InvalidFormException.FieldError> errors = new ArrayList<>();
        Node dsNode = NodeFactory.createURI(iris.dataset(id));
        Graph held = base.orElse(null);
        for (String theme : v.themes()) {
            if (!THEMES.contains(theme)) {
                errors.add(new InvalidFormException.FieldError("themes", "not an EU data theme: " + theme));
            }
        }
        String access = v.text("accessRights");
        if (!access.isEmpty() && !ACCESS_RIGHTS.contains(access)) {
            errors.add(new InvalidFormException.FieldError("accessRights", "not an access right: " + access));
        }
        Optional<Node> landing = landingPage(v.text("landingPage"), errors);
        Set<String> categories = union(VocabularyChoices.iris(choices.healthCategories("en")),
                HealthFields.held(held, dsNode, HealthDCATAP.healthCategory.asNode()));
        Set<String> legislation = union(VocabularyChoices.iris(choices.legislation("en")),
                HealthFields.held(held, dsNode, DCATAP.applicableLegislation.asNode()));
        Set<String> fileTypes = union(VocabularyChoices.iris(choices.fileTypes("en")), DistributionSlots.heldFormats(held, dsNode));
        DatasetForm.Health health = HealthFields.health(v, categories, legislation, errors);
        List<Integer> filled = DistributionSlots.filled(v);
        List<DatasetForm.Distribution> distributions = DistributionSlots.distributions(v, filled, fileTypes,
                HealthFields.legislation(v, legislation), errors);
        CatalogRecord made;
        try {
            made = DatasetForms.record(form(v, id, health, distributions), iris, source);
        } catch (InvalidFormException e) {
            List<InvalidFormException.FieldError> mapped = e.errors().stream().map(f -> {
                String slotField = DistributionSlots.field(f.field(), filled);
                return slotField == null ? f : new InvalidFormException.FieldError(slotField, f.message());
            }).toList();
            errors.addAll(0, mapped);
            throw new InvalidFormException(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        Node ds = NodeFactory.createURI(made.iri());
        Map<String, Integer> slots = DistributionSlots.settle(made.content(), held, ds, v, filled);
        Graph content = base.map(b -> withoutShown(b, ds, slots.keySet())).orElseGet(GraphFactory::createDefaultGraph);
        made.content().find().forEachRemaining(content::add);
        landing.ifPresent(l -> content.add(ds, DCAT.landingPage.asNode(), l));
        HealthFields.structuredData(content, ds);
        return new Made(new CatalogRecord(made.iri(), made.kind(), content, source), slots);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private DatasetForm form(FieldValues v, String id, DatasetForm.Health health, List<DatasetForm.Distribution> distributions) {
        DatasetForm.ContactPoint contact = v.text("contact_name").isEmpty() && v.text("contact_email").isEmpty()
                && v.text("contact_url").isEmpty() ? null
                : new DatasetForm.ContactPoint(blankNull(v.text("contact_name")), blankNull(v.text("contact_email")),
                        blankNull(v.text("contact_url")));
        DatasetForm.Period period = v.text("temporal_start").isEmpty() && v.text("temporal_end").isEmpty() ? null
                : new DatasetForm.Period(blankNull(v.text("temporal_start")), blankNull(v.text("temporal_end")));
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            List<String> words = split(v.text("keywords_" + lang), "[,;\\n]");
            if (!words.isEmpty()) {
                keywords.put(lang, words);
            }
        }
        return new DatasetForm(id, byLanguage(v, "title"), byLanguage(v, "description"), blankNull(v.text("publisher")),
                contact, v.themes().stream().filter(THEMES::contains).sorted().toList(), keywords,
                ACCESS_RIGHTS.contains(v.text("accessRights")) ? v.text("accessRights") : null, period,
                split(v.text("spatial"), "\\s+"), distributions, health);
    }

    /** The fields showing {@code content}, the record {@code iri}; {@code id} and {@code message} empty. */
    FieldValues values(Graph content, String iri) {
        Node ds = NodeFactory.createURI(iri);
        Map<String, String> t = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            t.put("title_" + lang, literal(content, ds, DCTerms.title.asNode(), lang));
            t.put("description_" + lang, literal(content, ds, DCTerms.description.asNode(), lang));
            t.put("keywords_" + lang, String.join(", ", content.find(ds, DCAT.keyword.asNode(), Node.ANY)
                    .filterKeep(x -> x.getObject().isLiteral() && lang.equals(x.getObject().getLiteralLanguage()))
                    .mapWith(x -> x.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList()));
        }
        t.put("publisher", iriOf(content, ds, DCTerms.publisher.asNode()));
        t.put("accessRights", code(iriOf(content, ds, DCTerms.accessRights.asNode()), "access-right"));
        t.put("landingPage", iriOf(content, ds, DCAT.landingPage.asNode()));
        object(content, ds, DCAT.contactPoint.asNode()).ifPresent(c -> {
            t.put("contact_name", literal(content, c, VCARD4.fn.asNode(), null));
            t.put("contact_email", iriOf(content, c, VCARD4.hasEmail.asNode()).replaceFirst("^mailto:", ""));
            t.put("contact_url", iriOf(content, c, VCARD4.hasURL.asNode()));
        });
        object(content, ds, DCTerms.temporal.asNode()).ifPresent(p -> {
            t.put("temporal_start", literal(content, p, DCAT.startDate.asNode(), null));
            t.put("temporal_end", literal(content, p, DCAT.endDate.asNode(), null));
        });
        t.put("spatial", String.join("\n", content.find(ds, DCTerms.spatial.asNode(), Node.ANY)
                .filterKeep(x -> x.getObject().isURI()).mapWith(x -> x.getObject().getURI()).toList()));
        Set<String> themes = Set.copyOf(content.find(ds, DCAT.theme.asNode(), Node.ANY).filterKeep(x -> x.getObject().isURI())
                .mapWith(x -> code(x.getObject().getURI(), "data-theme")).toList());
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        HealthFields.values(content, ds, t, chosen);
        int stored = DistributionSlots.values(content, ds, t);
        return new FieldValues(t, themes, chosen, stored + 1);
    }

    /** A copy of {@code base} without the statements the form shows, nor those of the nodes they lead to (contact, period). */
    private static Graph withoutShown(Graph base, Node ds, Set<String> keptDistributions) {
        Graph copy = GraphFactory.createDefaultGraph();
        base.find().forEachRemaining(copy::add);
        DistributionSlots.withoutShown(copy, ds, keptDistributions);
        for (Node p : SHOWN) {
            for (Triple t : copy.find(ds, p, Node.ANY).toList()) {
                copy.delete(t);
                boolean owned = t.getObject().isBlank() || (t.getObject().isURI() && t.getObject().getURI().startsWith(ds.getURI() + "#"));
                if (owned && (p.equals(DCAT.contactPoint.asNode()) || p.equals(DCTerms.temporal.asNode())
                        || p.equals(HealthDCATAP.retentionPeriod.asNode()))) {
                    copy.find(t.getObject(), Node.ANY, Node.ANY).toList().forEach(copy::delete);
                }
            }
        }
        return copy;
    }

    private static Optional<Node> landingPage(String value, List<InvalidFormException.FieldError> errors) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(NodeFactory.createURI(uri.toString()));
            }
        } catch (URISyntaxException e) {
            // Refused below.
        }
        errors.add(new InvalidFormException.FieldError("landingPage", "not an http(s) address: " + value));
        return Optional.empty();
    }

    private static Map<String, String> byLanguage(FieldValues v, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            if (!v.text(field + "_" + lang).isEmpty()) {
                texts.put(lang, v.text(field + "_" + lang));
            }
        }
        return texts;
    }

    private static String literal(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                        && (lang == null || lang.equals(t.getObject().getLiteralLanguage())))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).nextOptional().orElse("");
    }

    private static String iriOf(Graph g, Node s, Node p) {
        return object(g, s, p).filter(Node::isURI).map(Node::getURI).orElse("");
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional();
    }

    /** {@code HEAL} for the EU authority IRI of that code in {@code table}; any other value as it is. */
    private static String code(String iri, String table) {
        String prefix = AUTHORITY + table + "/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
    }

    private static List<String> split(String text, String separators) {
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
