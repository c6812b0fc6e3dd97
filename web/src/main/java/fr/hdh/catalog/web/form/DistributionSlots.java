package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.form.DatasetForm;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.ontologies.DCATAP;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The form's distribution slots and the distributions they describe, both ways. Slot {@code n}'s fields are
 * named {@code dist<n>_<field>}; an empty slot is ignored (or, when it showed a stored distribution, removes
 * it). A slot that shows a stored distribution names it in a hidden field, so an edit keeps that
 * distribution's IRI and the statements the form does not show; a new one gets the next free
 * {@code <ds>/distribution/<k>}. {@link DatasetForm}'s mapping names distributions by their place in the list:
 * {@link #slots} turns that back into slots, so each problem lands in its slot.
 */
final class DistributionSlots {
    /** The distribution properties a slot shows, replaced on an edit. */
    static final List<Node> SHOWN = List.of(DCTerms.title.asNode(), DCAT.accessURL.asNode(), DCAT.downloadURL.asNode(),
            DCTerms.format.asNode(), DCAT.mediaType.asNode(), DCTerms.license.asNode(), DCTerms.accessRights.asNode(),
            DCAT.byteSize.asNode(), DCATAP.applicableLegislation.asNode());
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String LICENCES = "http://publications.europa.eu/resource/authority/licence/";
    private static final Pattern FORM_FIELD = Pattern.compile("distributions\\[(\\d+)]\\.(\\w+)");
    private static final Pattern NUMBERED = Pattern.compile(".*/distribution/(\\d+)");

    private DistributionSlots() {}

    /** The slots that hold something, in order. */
    static List<Integer> filled(FieldValues v) {
        List<Integer> filled = new ArrayList<>();
        for (int n = 1; n <= v.distributions(); n++) {
            if (!v.emptySlot(n)) {
                filled.add(n);
            }
        }
        return filled;
    }

    /** The distributions of the filled slots, each under the dataset's chosen legislation. */
    static List<DatasetForm.Distribution> distributions(FieldValues v, List<Integer> filled, Set<String> fileTypes,
                                                        List<String> legislation, List<InvalidFormException.FieldError> errors) {
        List<DatasetForm.Distribution> list = new ArrayList<>();
        for (int n : filled) {
            String format = v.text(FieldValues.distribution(n, "format"));
            if (!format.isEmpty() && !fileTypes.contains(format)) {
                errors.add(new InvalidFormException.FieldError(FieldValues.distribution(n, "format"), "not a file type of the list: " + format));
                format = "";
            }
            String access = v.text(FieldValues.distribution(n, "accessRights"));
            if (!access.isEmpty() && !DatasetFields.ACCESS_RIGHTS.contains(access)) {
                errors.add(new InvalidFormException.FieldError(FieldValues.distribution(n, "accessRights"), "not an access right: " + access));
                access = "";
            }
            Long size = null;
            String sizeText = v.text(FieldValues.distribution(n, "byteSize"));
            if (!sizeText.isEmpty()) {
                try {
                    size = Long.parseLong(sizeText);
                } catch (NumberFormatException e) {
                    errors.add(new InvalidFormException.FieldError(FieldValues.distribution(n, "byteSize"),
                            "not a whole number of bytes: " + sizeText));
                }
            }
            Map<String, String> title = new LinkedHashMap<>();
            for (String lang : List.of("fr", "en")) {
                String t = v.text(FieldValues.distribution(n, "title_" + lang));
                if (!t.isEmpty()) {
                    title.put(lang, t);
                }
            }
            list.add(new DatasetForm.Distribution(title, blank(v.text(FieldValues.distribution(n, "accessURL"))),
                    blank(v.text(FieldValues.distribution(n, "downloadURL"))), blank(format),
                    blank(v.text(FieldValues.distribution(n, "mediaType"))), blank(v.text(FieldValues.distribution(n, "licence"))),
                    blank(access), size, legislation));
        }
        return list;
    }

    /** A mapping error's field ({@code distributions[1].accessURL}) as the input of its slot ({@code dist3_accessURL}). */
    static String field(String formField, List<Integer> filled) {
        Matcher m = FORM_FIELD.matcher(formField);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= filled.size()) {
            return null;
        }
        String f = m.group(2);
        return FieldValues.distribution(filled.get(Integer.parseInt(m.group(1))), f.equals("title") ? "title_fr"
                : f.equals("applicableLegislation") ? "accessURL" : f);
    }

    /**
     * Gives the distributions the mapping made ({@code <ds>/distribution/<i+1>} for the i-th filled slot) their
     * lasting IRIs in {@code content}: a slot's stored distribution keeps its own (with what the form does not
     * show of it, from {@code base}); a new one takes the next free number. Stored distributions whose slot was
     * emptied are gone. Answers each distribution's IRI with its slot.
     */
    static Map<String, Integer> settle(Graph content, Graph base, Node ds, FieldValues v, List<Integer> filled) {
        Set<String> stored = base == null ? Set.of() : shown(base, ds);
        Set<String> taken = new HashSet<>(stored);
        Map<String, Integer> slots = new LinkedHashMap<>();
        Map<Node, Node> renamed = new LinkedHashMap<>();
        for (int i = 0; i < filled.size(); i++) {
            int n = filled.get(i);
            String claimed = v.text(FieldValues.distribution(n, "iri"));
            String lasting = stored.contains(claimed) && !slots.containsKey(claimed) ? claimed : null;
            if (lasting == null) {
                int k = 1;
                while (taken.contains(ds.getURI() + "/distribution/" + k)) {
                    k++;
                }
                lasting = ds.getURI() + "/distribution/" + k;
            }
            taken.add(lasting);
            slots.put(lasting, n);
            renamed.put(NodeFactory.createURI(ds.getURI() + "/distribution/" + (i + 1)), NodeFactory.createURI(lasting));
        }
        List<Triple> made = new ArrayList<>();
        content.find().forEachRemaining(made::add);
        for (Triple t : made) {
            Node s = renamed.getOrDefault(t.getSubject(), t.getSubject());
            Node o = t.getPredicate().equals(DCAT.distribution.asNode()) ? renamed.getOrDefault(t.getObject(), t.getObject()) : t.getObject();
            if (!s.equals(t.getSubject()) || !o.equals(t.getObject())) {
                content.delete(t);
                content.add(Triple.create(s, t.getPredicate(), o));
            }
        }
        return slots;
    }

    /** Removes from {@code copy} the shown statements of the stored distributions, and every statement of those no slot keeps. */
    static void withoutShown(Graph copy, Node ds, Set<String> kept) {
        for (String iri : shown(copy, ds)) {
            Node d = NodeFactory.createURI(iri);
            copy.delete(Triple.create(ds, DCAT.distribution.asNode(), d));
            for (Triple t : copy.find(d, Node.ANY, Node.ANY).toList()) {
                if (!kept.contains(iri) || SHOWN.contains(t.getPredicate())) {
                    copy.delete(t);
                }
            }
        }
    }

    /** The slots showing the stored distributions of {@code ds} (IRIs only; in IRI order, numbers by value), into {@code t}; answers their count. */
    static int values(Graph content, Node ds, Map<String, String> t) {
        List<String> iris = new ArrayList<>(shown(content, ds));
        iris.sort((a, b) -> {
            Matcher ma = NUMBERED.matcher(a);
            Matcher mb = NUMBERED.matcher(b);
            return ma.matches() && mb.matches() ? Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1))) : a.compareTo(b);
        });
        for (int i = 0; i < iris.size(); i++) {
            int n = i + 1;
            Node d = NodeFactory.createURI(iris.get(i));
            t.put(FieldValues.distribution(n, "iri"), iris.get(i));
            t.put(FieldValues.distribution(n, "title_fr"), literal(content, d, DCTerms.title.asNode(), "fr"));
            t.put(FieldValues.distribution(n, "title_en"), literal(content, d, DCTerms.title.asNode(), "en"));
            t.put(FieldValues.distribution(n, "accessURL"), iri(content, d, DCAT.accessURL.asNode()));
            t.put(FieldValues.distribution(n, "downloadURL"), iri(content, d, DCAT.downloadURL.asNode()));
            t.put(FieldValues.distribution(n, "format"), iri(content, d, DCTerms.format.asNode()));
            t.put(FieldValues.distribution(n, "mediaType"), strip(iri(content, d, DCAT.mediaType.asNode()), MEDIA_TYPES));
            t.put(FieldValues.distribution(n, "licence"), strip(iri(content, d, DCTerms.license.asNode()), LICENCES));
            t.put(FieldValues.distribution(n, "accessRights"),
                    strip(iri(content, d, DCTerms.accessRights.asNode()), "http://publications.europa.eu/resource/authority/access-right/"));
            t.put(FieldValues.distribution(n, "byteSize"), bytes(literal(content, d, DCAT.byteSize.asNode(), null)));
        }
        return iris.size();
    }

    /** The file types {@code base}'s distributions hold, kept choosable on an edit. */
    static Set<String> heldFormats(Graph base, Node ds) {
        Set<String> formats = new HashSet<>();
        if (base != null) {
            for (String iri : shown(base, ds)) {
                base.find(NodeFactory.createURI(iri), DCTerms.format.asNode(), Node.ANY).filterKeep(x -> x.getObject().isURI())
                        .forEachRemaining(x -> formats.add(x.getObject().getURI()));
            }
        }
        return formats;
    }

    /** The stored distributions a form shows: those named by an IRI (a blank one cannot be named by a slot, and is kept as it is). */
    private static Set<String> shown(Graph g, Node ds) {
        return new HashSet<>(g.find(ds, DCAT.distribution.asNode(), Node.ANY).filterKeep(x -> x.getObject().isURI())
                .mapWith(x -> x.getObject().getURI()).toList());
    }

    private static String literal(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).filterKeep(x -> x.getObject().isLiteral() && (lang == null || lang.equals(x.getObject().getLiteralLanguage())))
                .mapWith(x -> x.getObject().getLiteralLexicalForm()).nextOptional().orElse("");
    }

    private static String iri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).filterKeep(x -> x.getObject().isURI()).mapWith(x -> x.getObject().getURI()).nextOptional().orElse("");
    }

    /** A byte size as a whole number: the store writes an {@code xsd:decimal} canonically ({@code 52000.0}). */
    private static String bytes(String lexical) {
        try {
            return lexical.isEmpty() ? "" : new java.math.BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private static String strip(String iri, String prefix) {
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
