package fr.hdh.catalog.web.form;

import fr.hdh.catalog.core.form.DatasetForm;
import fr.hdh.catalog.core.form.InvalidFormException;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;

/**
 * The form's "Health metadata (HealthDCAT-AP)" fields and the {@link DatasetForm.Health} they describe, both
 * ways. Health categories and applicable legislation are chosen among {@link VocabularyChoices} (plus the
 * values the stored record already holds, so an edit never loses one the lists lack); counts and ages are
 * whole numbers; themes, purposes and coding systems are IRIs, one a line (no vocabulary for them is bundled).
 */
final class HealthFields {
    /** The dataset's health properties the form shows, replaced as a whole on an edit. */
    static final List<Node> SHOWN = List.of(HealthDCATAP.healthCategory.asNode(), HealthDCATAP.healthTheme.asNode(),
            HealthDCATAP.hdab.asNode(), DCATAP.applicableLegislation.asNode(), HealthDCATAP.populationCoverage.asNode(),
            HealthDCATAP.numberOfRecords.asNode(), HealthDCATAP.numberOfUniqueIndividuals.asNode(),
            HealthDCATAP.minTypicalAge.asNode(), HealthDCATAP.maxTypicalAge.asNode(), HealthDCATAP.retentionPeriod.asNode(),
            DPV.hasPurpose.asNode(), HealthDCATAP.hasCodingSystem.asNode());

    private HealthFields() {}

    /** The health part of the form, or null when none of its fields is filled in. */
    static DatasetForm.Health health(FieldValues v, Set<String> categories, Set<String> legislation,
                                     List<InvalidFormException.FieldError> errors) {
        choose(v, "health_categories", categories, errors);
        choose(v, "health_legislation", legislation, errors);
        Map<String, String> population = new LinkedHashMap<>();
        for (String lang : List.of("fr", "en")) {
            if (!v.text("health_populationCoverage_" + lang).isEmpty()) {
                population.put(lang, v.text("health_populationCoverage_" + lang));
            }
        }
        Long records = number(v, "health_numberOfRecords", errors);
        Long individuals = number(v, "health_numberOfUniqueIndividuals", errors);
        Long min = number(v, "health_minTypicalAge", errors);
        Long max = number(v, "health_maxTypicalAge", errors);
        DatasetForm.Period retention = v.text("health_retention_start").isEmpty() && v.text("health_retention_end").isEmpty() ? null
                : new DatasetForm.Period(blankNull(v.text("health_retention_start")), blankNull(v.text("health_retention_end")));
        DatasetForm.Health h = new DatasetForm.Health(chosen(v, "health_categories", categories),
                lines(v.text("health_themes")), blankNull(v.text("health_hdab")), legislation(v, legislation), population,
                records, individuals, age(min), age(max), retention, lines(v.text("health_purposes")), lines(v.text("health_codingSystems")), null);
        boolean empty = h.healthCategories().isEmpty() && h.healthThemes().isEmpty() && h.hdab() == null
                && h.applicableLegislation().isEmpty() && population.isEmpty() && records == null && individuals == null
                && min == null && max == null && retention == null && h.purposes().isEmpty() && h.codingSystems().isEmpty();
        return empty ? null : h;
    }

    /** The legislation ticked, known to the form. */
    static List<String> legislation(FieldValues v, Set<String> allowed) {
        return chosen(v, "health_legislation", allowed);
    }

    /** The health fields showing dataset {@code ds} of {@code content}, into {@code t} (texts) and {@code choices}. */
    static void values(Graph content, Node ds, Map<String, String> t, Map<String, Set<String>> choices) {
        choices.put("health_categories", iris(content, ds, HealthDCATAP.healthCategory.asNode()));
        choices.put("health_legislation", iris(content, ds, DCATAP.applicableLegislation.asNode()));
        t.put("health_hdab", iris(content, ds, HealthDCATAP.hdab.asNode()).stream().sorted().findFirst().orElse(""));
        for (String lang : List.of("fr", "en")) {
            t.put("health_populationCoverage_" + lang, content.find(ds, HealthDCATAP.populationCoverage.asNode(), Node.ANY)
                    .filterKeep(x -> x.getObject().isLiteral() && lang.equals(x.getObject().getLiteralLanguage()))
                    .mapWith(x -> x.getObject().getLiteralLexicalForm()).nextOptional().orElse(""));
        }
        t.put("health_numberOfRecords", lexical(content, ds, HealthDCATAP.numberOfRecords.asNode()));
        t.put("health_numberOfUniqueIndividuals", lexical(content, ds, HealthDCATAP.numberOfUniqueIndividuals.asNode()));
        t.put("health_minTypicalAge", lexical(content, ds, HealthDCATAP.minTypicalAge.asNode()));
        t.put("health_maxTypicalAge", lexical(content, ds, HealthDCATAP.maxTypicalAge.asNode()));
        content.find(ds, HealthDCATAP.retentionPeriod.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional().ifPresent(p -> {
            t.put("health_retention_start", lexical(content, p, DCAT.startDate.asNode()));
            t.put("health_retention_end", lexical(content, p, DCAT.endDate.asNode()));
        });
        t.put("health_themes", String.join("\n", iris(content, ds, HealthDCATAP.healthTheme.asNode())));
        t.put("health_purposes", String.join("\n", iris(content, ds, DPV.hasPurpose.asNode())));
        t.put("health_codingSystems", String.join("\n", iris(content, ds, HealthDCATAP.hasCodingSystem.asNode())));
    }

    /** The IRIs {@code base}'s dataset holds for {@code p}: kept choosable on an edit even when the bundled lists lack them. */
    static Set<String> held(Graph base, Node ds, Node p) {
        return base == null ? Set.of() : iris(base, ds, p);
    }

    /** On a health dataset without it, {@code hasStructuredData}: true when it has a data dictionary, which the profile then requires. */
    static void structuredData(Graph content, Node ds) {
        boolean health = content.find(ds, Node.ANY, Node.ANY).filterKeep(t -> t.getPredicate().getURI().startsWith(HealthDCATAP.NS)).hasNext();
        if (health && !content.contains(ds, HealthDCATAP.hasStructuredData.asNode(), Node.ANY)) {
            boolean dictionary = content.contains(ds, HealthDCATAP.hasVariables.asNode(), Node.ANY);
            content.add(ds, HealthDCATAP.hasStructuredData.asNode(), NodeFactory.createLiteralByValue(dictionary));
        }
    }

    private static void choose(FieldValues v, String field, Set<String> allowed, List<InvalidFormException.FieldError> errors) {
        for (String iri : v.chosen(field)) {
            if (!allowed.contains(iri)) {
                errors.add(new InvalidFormException.FieldError(field, "not a value of the list: " + iri));
            }
        }
    }

    private static List<String> chosen(FieldValues v, String field, Set<String> allowed) {
        return v.chosen(field).stream().filter(allowed::contains).sorted().toList();
    }

    private static Long number(FieldValues v, String field, List<InvalidFormException.FieldError> errors) {
        String text = v.text(field).replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        errors.add(new InvalidFormException.FieldError(field, "not a whole number, 0 or more: " + v.text(field)));
        return null;
    }

    private static Integer age(Long years) {
        return years == null ? null : (int) Math.min(Integer.MAX_VALUE, years);
    }

    private static Set<String> iris(Graph g, Node s, Node p) {
        return new HashSet<>(g.find(s, p, Node.ANY).filterKeep(x -> x.getObject().isURI()).mapWith(x -> x.getObject().getURI()).toList());
    }

    private static String lexical(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).filterKeep(x -> x.getObject().isLiteral()).mapWith(x -> x.getObject().getLiteralLexicalForm())
                .nextOptional().orElse("");
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
