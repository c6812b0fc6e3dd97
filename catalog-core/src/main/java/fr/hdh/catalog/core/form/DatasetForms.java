package fr.hdh.catalog.core.form;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.DCATAP;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

/**
 * Turns a {@link DatasetForm} into a DCAT-AP 3 dataset record. Every node gets an IRI under the dataset's
 * (no blank node, so versions compare cleanly): {@code <ds>#contact}, {@code <ds>#period},
 * {@code <ds>/distribution/N}. Short codes are expanded to the EU authority IRIs the shapes expect
 * (access rights, data themes, file types, licences) and media types to IANA IRIs; the HealthDCAT-AP
 * properties are written by {@link HealthForms}. What cannot be read is collected
 * per field and refused together ({@link InvalidFormException}); what the profile requires beyond that is
 * the validator's job.
 *
 * <pre>
 * CatalogRecord record = DatasetForms.record(form, catalog.iris(), new RecordSource("api:form", "atih-editor"));
 * </pre>
 */
public final class DatasetForms {
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+");

    private DatasetForms() {}

    /** The record the form describes; throws {@link InvalidFormException} naming every field that cannot be read. */
    public static CatalogRecord record(DatasetForm form, CatalogIris iris, RecordSource source) {
        List<InvalidFormException.FieldError> errors = new ArrayList<>();
        if (form.id() == null || !ID.matcher(form.id()).matches()) {
            errors.add(new InvalidFormException.FieldError("id", "1-128 letters, digits, '.', '_' or '-', starting with a letter or digit"));
            throw new InvalidFormException(errors);
        }
        String iri = iris.dataset(form.id());
        Node ds = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(ds, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(form.id()));
        texts(g, ds, DCTerms.title.asNode(), form.title(), "title", errors);
        if (form.title() == null || form.title().isEmpty()) {
            errors.add(new InvalidFormException.FieldError("title", "a title in at least one language is required"));
        }
        texts(g, ds, DCTerms.description.asNode(), form.description(), "description", errors);
        if (form.publisher() != null) {
            iri(form.publisher(), "publisher", errors).ifPresent(p -> g.add(ds, DCTerms.publisher.asNode(), p));
        }
        contact(g, ds, iri, form.contactPoint(), errors);
        list(form.themes()).forEach(t -> authority(t, "data-theme", "themes", errors).ifPresent(n -> g.add(ds, DCAT.theme.asNode(), n)));
        if (form.keywords() != null) {
            form.keywords().forEach((lang, words) -> list(words).forEach(w -> text(lang, w, "keywords", errors)
                    .ifPresent(l -> g.add(ds, DCAT.keyword.asNode(), l))));
        }
        if (form.accessRights() != null) {
            authority(form.accessRights(), "access-right", "accessRights", errors).ifPresent(n -> g.add(ds, DCTerms.accessRights.asNode(), n));
        }
        period(g, ds, iri, form.temporal(), errors);
        list(form.spatial()).forEach(s -> iri(s, "spatial", errors).ifPresent(n -> g.add(ds, DCTerms.spatial.asNode(), n)));
        List<DatasetForm.Distribution> distributions = list(form.distributions());
        for (int i = 0; i < distributions.size(); i++) {
            distribution(g, ds, iri + "/distribution/" + (i + 1), distributions.get(i), "distributions[" + i + "]", errors);
        }
        if (form.health() != null) {
            HealthForms.describe(g, ds, iri, form.health(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return new CatalogRecord(iri, RecordKind.DATASET, g, source);
    }

    private static void contact(Graph g, Node ds, String iri, DatasetForm.ContactPoint c, List<InvalidFormException.FieldError> errors) {
        if (c == null) {
            return;
        }
        Node kind = NodeFactory.createURI(iri + "#contact");
        g.add(ds, DCAT.contactPoint.asNode(), kind);
        g.add(kind, RDF.type.asNode(), VCARD4.Kind.asNode());
        if (c.name() != null && !c.name().isBlank()) {
            g.add(kind, VCARD4.fn.asNode(), NodeFactory.createLiteralString(c.name().strip()));
        }
        if (c.email() != null) {
            if (EMAIL.matcher(c.email().strip()).matches()) {
                g.add(kind, VCARD4.hasEmail.asNode(), NodeFactory.createURI("mailto:" + c.email().strip()));
            } else {
                errors.add(new InvalidFormException.FieldError("contactPoint.email", "not an e-mail address: " + c.email()));
            }
        }
        if (c.url() != null) {
            iri(c.url(), "contactPoint.url", errors).ifPresent(u -> g.add(kind, VCARD4.hasURL.asNode(), u));
        }
    }

    private static void period(Graph g, Node ds, String iri, DatasetForm.Period p, List<InvalidFormException.FieldError> errors) {
        if (p == null || (p.start() == null && p.end() == null)) {
            return;
        }
        Node period = NodeFactory.createURI(iri + "#period");
        g.add(ds, DCTerms.temporal.asNode(), period);
        g.add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
        date(p.start(), "temporal.start", errors).ifPresent(d -> g.add(period, DCAT.startDate.asNode(), d));
        date(p.end(), "temporal.end", errors).ifPresent(d -> g.add(period, DCAT.endDate.asNode(), d));
        if (p.start() != null && p.end() != null && errors.isEmpty() && p.start().compareTo(p.end()) > 0) {
            errors.add(new InvalidFormException.FieldError("temporal", "the period ends before it starts"));
        }
    }

    private static void distribution(Graph g, Node ds, String iri, DatasetForm.Distribution d, String field,
                                     List<InvalidFormException.FieldError> errors) {
        Node dist = NodeFactory.createURI(iri);
        g.add(ds, DCAT.distribution.asNode(), dist);
        g.add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        texts(g, dist, DCTerms.title.asNode(), d.title(), field + ".title", errors);
        if (d.accessURL() == null && d.downloadURL() == null) {
            errors.add(new InvalidFormException.FieldError(field + ".accessURL", "a distribution needs an access URL"));
        }
        String access = d.accessURL() != null ? d.accessURL() : d.downloadURL();
        if (access != null) {
            iri(access, field + ".accessURL", errors).ifPresent(u -> g.add(dist, DCAT.accessURL.asNode(), u));
        }
        if (d.downloadURL() != null) {
            iri(d.downloadURL(), field + ".downloadURL", errors).ifPresent(u -> g.add(dist, DCAT.downloadURL.asNode(), u));
        }
        if (d.format() != null) {
            authority(d.format(), "file-type", field + ".format", errors).ifPresent(f -> g.add(dist, DCTerms.format.asNode(), f));
        }
        if (d.mediaType() != null) {
            String type = d.mediaType().strip().toLowerCase(Locale.ROOT);
            if (MEDIA_TYPE.matcher(type).matches()) {
                Node media = NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + type);
                g.add(dist, DCAT.mediaType.asNode(), media);
                // Typed as the CKAN harvester types it: the range class the profiles check, which no bundled table states for IANA IRIs.
                g.add(media, RDF.type.asNode(), DCTerms.MediaType.asNode());
            } else {
                errors.add(new InvalidFormException.FieldError(field + ".mediaType", "not a media type such as text/csv: " + d.mediaType()));
            }
        }
        if (d.licence() != null) {
            authority(d.licence(), "licence", field + ".licence", errors).ifPresent(l -> g.add(dist, DCTerms.license.asNode(), l));
        }
        if (d.accessRights() != null) {
            authority(d.accessRights(), "access-right", field + ".accessRights", errors)
                    .ifPresent(a -> g.add(dist, DCTerms.accessRights.asNode(), a));
        }
        if (d.byteSize() != null) {
            if (d.byteSize() < 0) {
                errors.add(new InvalidFormException.FieldError(field + ".byteSize", "a size cannot be negative: " + d.byteSize()));
            } else {
                g.add(dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(d.byteSize()), XSDDatatype.XSDdecimal));
            }
        }
        list(d.applicableLegislation()).forEach(l -> iri(l, field + ".applicableLegislation", errors)
                .ifPresent(n -> g.add(dist, DCATAP.applicableLegislation.asNode(), n)));
    }

    static void texts(Graph g, Node s, Node p, Map<String, String> byLang, String field,
                              List<InvalidFormException.FieldError> errors) {
        if (byLang != null) {
            byLang.forEach((lang, text) -> text(lang, text, field, errors).ifPresent(l -> g.add(s, p, l)));
        }
    }

    static java.util.Optional<Node> text(String lang, String text, String field, List<InvalidFormException.FieldError> errors) {
        if (lang == null || !LANG.matcher(lang).matches()) {
            errors.add(new InvalidFormException.FieldError(field, "not a language tag: " + lang));
            return java.util.Optional.empty();
        }
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(NodeFactory.createLiteralLang(text.strip(), lang));
    }

    static java.util.Optional<Node> date(String value, String field, List<InvalidFormException.FieldError> errors) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate.parse(value.strip());
            return java.util.Optional.of(NodeFactory.createLiteralDT(value.strip(), XSDDatatype.XSDdate));
        } catch (DateTimeParseException e) {
            errors.add(new InvalidFormException.FieldError(field, "not a date such as 2010-01-31: " + value));
            return java.util.Optional.empty();
        }
    }

    /** A code of an EU authority table ({@code PUBLIC}, {@code HEAL}, {@code CSV}) as its IRI; an IRI as it is. */
    static java.util.Optional<Node> authority(String value, String table, String field,
                                                      List<InvalidFormException.FieldError> errors) {
        String v = value.strip();
        if (CODE.matcher(v).matches()) {
            return java.util.Optional.of(NodeFactory.createURI(AUTHORITY + table + "/" + v));
        }
        return iri(v, field, errors);
    }

    static java.util.Optional<Node> iri(String value, String field, List<InvalidFormException.FieldError> errors) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return java.util.Optional.of(NodeFactory.createURI(uri.toString()));
            }
        } catch (URISyntaxException e) {
            // Refused below.
        }
        errors.add(new InvalidFormException.FieldError(field, "not an http(s) IRI: " + value));
        return java.util.Optional.empty();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }
}
