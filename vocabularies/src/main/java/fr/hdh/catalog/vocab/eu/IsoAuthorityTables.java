package fr.hdh.catalog.vocab.eu;

import java.util.Locale;
import java.util.MissingResourceException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The EU language and country authority concepts for every ISO code the JDK knows, so that DCAT-AP's
 * range checks ({@code dct:language} → {@code dct:LinguisticSystem}, {@code dct:spatial} →
 * {@code dct:Location}) accept {@code …/language/DEU} or {@code …/country/ESP} from any partner, not only
 * the few this catalogue writes. The EU tables name a language by its ISO 639-2/T (639-3) code and a
 * country by its ISO 3166-1 alpha-3 code, in upper case; labels come from the JDK's ISO tables in English
 * and French. An IRI the bundled files already describe is left as they describe it.
 */
final class IsoAuthorityTables {
    private static final Node LANGUAGES = NodeFactory.createURI(EuAuthority.AUTHORITY + "language");
    private static final Node COUNTRIES = NodeFactory.createURI(EuAuthority.AUTHORITY + "country");

    private IsoAuthorityTables() {}

    static void addTo(Graph g) {
        for (String two : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(two);
            String three;
            try {
                three = locale.getISO3Language().toUpperCase(Locale.ROOT);
            } catch (MissingResourceException e) {
                continue;
            }
            if (!three.isEmpty()) {
                add(g, NodeFactory.createURI(EuAuthority.LANGUAGE + three), DCTerms.LinguisticSystem.asNode(), LANGUAGES,
                        three, locale.getDisplayLanguage(Locale.ENGLISH), locale.getDisplayLanguage(Locale.FRENCH));
            }
        }
        for (String two : Locale.getISOCountries()) {
            Locale locale = new Locale.Builder().setRegion(two).build();
            String three;
            try {
                three = locale.getISO3Country().toUpperCase(Locale.ROOT);
            } catch (MissingResourceException e) {
                continue;
            }
            if (!three.isEmpty()) {
                add(g, NodeFactory.createURI(EuAuthority.COUNTRY + three), DCTerms.Location.asNode(), COUNTRIES,
                        three, locale.getDisplayCountry(Locale.ENGLISH), locale.getDisplayCountry(Locale.FRENCH));
            }
        }
    }

    private static void add(Graph g, Node concept, Node type, Node scheme, String code, String english, String french) {
        if (g.contains(concept, Node.ANY, Node.ANY)) {
            return;
        }
        g.add(concept, RDF.type.asNode(), SKOS.Concept.asNode());
        g.add(concept, RDF.type.asNode(), type);
        g.add(concept, SKOS.inScheme.asNode(), scheme);
        g.add(concept, SKOS.notation.asNode(), NodeFactory.createLiteralString(code));
        if (!english.isEmpty()) {
            g.add(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(english, "en"));
        }
        if (!french.isEmpty()) {
            g.add(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(french, "fr"));
        }
    }
}
