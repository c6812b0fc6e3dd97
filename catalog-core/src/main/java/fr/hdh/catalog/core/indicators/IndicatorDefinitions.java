package fr.hdh.catalog.core.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the indicators' definitions ({@code hdh/indicators/indicators.ttl}, in {@code ontologies}) and
 * parses each one's queries. Anything missing or malformed fails here, naming the indicator and what is
 * wrong, so the server does not start with an indicator it cannot compute.
 *
 * <pre>
 * List&lt;Indicator&gt; plan = IndicatorDefinitions.bundled();
 * </pre>
 */
public final class IndicatorDefinitions {
    /** The folder of the definitions and their queries on the class path. */
    public static final String FOLDER = "hdh/indicators/";
    /** The namespace of the definition file's own terms. */
    public static final String NS = "https://w3id.org/hdh-catalog/indicators#";

    private static final Property ORDER = term("order");
    private static final Property UNIT = term("unit");
    private static final Property QUERY = term("query");
    private static final Property BREAKDOWN = term("breakdown");
    private static final Property TARGET = term("target");
    private static final Property YEAR = term("year");
    private static final Property WHEN_EMPTY = term("whenEmpty");

    private IndicatorDefinitions() {}

    /** The plan's indicators, in the order the file gives. */
    public static List<Indicator> bundled() {
        return read(FOLDER + "indicators.ttl");
    }

    /** The indicators defined in the class-path resource {@code path}; their queries are beside it. */
    static List<Indicator> read(String path) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(resource(path), Lang.TURTLE).parse(model);
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        List<Resource> subjects = model.listResourcesWithProperty(DCTerms.identifier).toList();
        subjects.sort(Comparator.comparingInt(s -> integer(s, ORDER)));
        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource s : subjects) {
            Indicator indicator = indicator(s, folder);
            if (!ids.add(indicator.id())) {
                throw new IllegalStateException(path + ": indicator id '" + indicator.id() + "' is used twice");
            }
            indicators.add(indicator);
        }
        return List.copyOf(indicators);
    }

    private static Indicator indicator(Resource s, String folder) {
        String id = one(s, DCTerms.identifier).getLexicalForm();
        String unitId = one(s, UNIT).getLexicalForm();
        IndicatorUnit unit = IndicatorUnit.of(unitId).orElseThrow(() -> invalid(s, "unit '" + unitId
                + "' is none of count, months, percent, presence"));
        Optional<IndicatorQuery> breakdown = optional(s, BREAKDOWN).map(f -> query(s, folder, f.getLexicalForm()));
        return new Indicator(id, bilingual(s, SKOS.prefLabel), bilingual(s, SKOS.definition), unit, targets(s),
                query(s, folder, one(s, QUERY).getLexicalForm()), breakdown, bilingual(s, WHEN_EMPTY));
    }

    private static SortedMap<Integer, BigDecimal> targets(Resource s) {
        SortedMap<Integer, BigDecimal> targets = new TreeMap<>();
        for (Statement t : s.listProperties(TARGET).toList()) {
            Resource target = t.getResource();
            int year = integer(target, YEAR);
            BigDecimal value = new BigDecimal(one(target, RDF.value).getLexicalForm());
            if (targets.put(year, value) != null) {
                throw invalid(s, "two targets for " + year);
            }
        }
        return targets;
    }

    private static IndicatorQuery query(Resource s, String folder, String file) {
        String text = resource(folder + file);
        try {
            Query parsed = QueryFactory.create(text);
            if (!parsed.isSelectType()) {
                throw invalid(s, file + " is not a SELECT query");
            }
            return new IndicatorQuery(file, text, parsed);
        } catch (QueryParseException e) {
            throw new IllegalStateException(folder + file + " (indicator " + s.getURI() + "): " + e.getMessage(), e);
        }
    }

    private static Bilingual bilingual(Resource s, Property p) {
        String fr = null;
        String en = null;
        for (Statement t : s.listProperties(p).toList()) {
            Literal text = t.getLiteral();
            switch (text.getLanguage()) {
                case "fr" -> fr = text.getLexicalForm();
                case "en" -> en = text.getLexicalForm();
                default -> throw invalid(s, p.getLocalName() + " in language '" + text.getLanguage() + "': only fr and en are read");
            }
        }
        if (fr == null || en == null) {
            throw invalid(s, p.getLocalName() + " needs a French and an English text");
        }
        return new Bilingual(fr, en);
    }

    private static int integer(Resource s, Property p) {
        try {
            return Integer.parseInt(one(s, p).getLexicalForm());
        } catch (NumberFormatException e) {
            throw invalid(s, p.getLocalName() + " is not a whole number");
        }
    }

    private static Literal one(Resource s, Property p) {
        return optional(s, p).orElseThrow(() -> invalid(s, "no " + p.getLocalName()));
    }

    private static Optional<Literal> optional(Resource s, Property p) {
        List<Statement> values = s.listProperties(p).toList();
        if (values.size() > 1) {
            throw invalid(s, values.size() + " values of " + p.getLocalName() + " where one is read");
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        RDFNode value = values.get(0).getObject();
        if (!value.isLiteral()) {
            throw invalid(s, p.getLocalName() + " must be a literal");
        }
        return Optional.of(value.asLiteral());
    }

    private static IllegalStateException invalid(Resource s, String what) {
        return new IllegalStateException("Indicator definition " + (s.isURIResource() ? s.getURI() : "[]") + ": " + what);
    }

    private static Property term(String local) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(NS + local);
    }

    private static String resource(String path) {
        try (InputStream in = IndicatorDefinitions.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Indicator resource missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
