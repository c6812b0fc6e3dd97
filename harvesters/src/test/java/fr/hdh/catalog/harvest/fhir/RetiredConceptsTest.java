package fr.hdh.catalog.harvest.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.vocab.scheme.SchemeGraph;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/**
 * A CodeSystem shaped as the French ANS publishes its terminologies (NOS: an OID beside the canonical URL, each
 * concept's dates of validity, of update and, once ended, of end): ended and retired concepts are kept, marked
 * deprecated; the OID is one of the scheme's identifiers. Written for the test after the ANS's TRE_R249-Sexe.
 */
class RetiredConceptsTest {
    private static final CatalogIris IRIS = new CatalogIris("http://test.example/");
    private static final String SCHEME = "http://test.example/vocabulary/fhir/sexe";
    private static final String CODE_SYSTEM = """
            {"resourceType": "CodeSystem", "url": "https://mos.esante.gouv.fr/NOS/TRE_R249-Sexe/FHIR/TRE-R249-Sexe",
             "identifier": [{"system": "urn:ietf:rfc:3986", "value": "urn:oid:1.2.250.1.213.2.53"}],
             "version": "1.1.0", "name": "TRE_R249_Sexe", "description": "Sexe", "status": "active", "content": "complete",
             "property": [{"code": "dateValid", "type": "dateTime"}, {"code": "dateFin", "type": "dateTime"},
                          {"code": "status", "type": "code"}, {"code": "inactive", "type": "boolean"}],
             "concept": [
               {"code": "U", "display": "Inconnu", "property": [
                 {"code": "dateValid", "valueDateTime": "2018-01-26T12:00:00+01:00"},
                 {"code": "dateFin", "valueDateTime": "2023-12-15T12:00:00+01:00"}]},
               {"code": "UN", "display": "Inconnu", "property": [{"code": "dateValid", "valueDateTime": "2023-12-15T12:00:00+01:00"}]},
               {"code": "F", "display": "Féminin"},
               {"code": "X", "display": "Indéterminé", "property": [{"code": "status", "valueCode": "retired"}]},
               {"code": "Y", "display": "Non renseigné", "property": [{"code": "inactive", "valueBoolean": true}]},
               {"code": "Z", "display": "À venir", "property": [{"code": "dateFin", "valueDateTime": "2999-01-01T00:00:00Z"}]}
             ]}
            """;

    private final SchemeGraph scheme = CodeSystemSchemes.read(CODE_SYSTEM.getBytes(StandardCharsets.UTF_8), false,
            "TRE_R249-Sexe.json", IRIS, Optional.of(SCHEME), Optional.of("fr"));

    private boolean deprecated(String code) {
        return scheme.graph().contains(NodeFactory.createURI(IRIS.concept(SCHEME, code)), OWL.deprecated.asNode(),
                NodeFactory.createLiteralByValue(true));
    }

    @Test
    void endedAndRetiredConceptsAreKeptMarkedDeprecated() {
        assertTrue(deprecated("U"), "the ANS ended it on 2023-12-15 (dateFin)");
        assertTrue(deprecated("X"), "status retired");
        assertTrue(deprecated("Y"), "inactive");
        assertFalse(deprecated("UN"), "its replacement is current");
        assertFalse(deprecated("F"));
        assertFalse(deprecated("Z"), "an end date still to come has not ended it");
        assertEquals(6, scheme.graph().find(Node.ANY, org.apache.jena.vocabulary.SKOS.notation.asNode(), Node.ANY).toList().size(),
                "every concept is kept: data coded before still uses the ended ones");
    }

    @Test
    void withoutATitleAShortDescriptionTitlesTheSchemeAndTheNameStaysALabel() {
        Node node = NodeFactory.createURI(SCHEME);
        assertTrue(scheme.graph().contains(node, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Sexe", "fr")));
        assertTrue(scheme.graph().contains(node, org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                NodeFactory.createLiteralString("TRE_R249_Sexe")), "found by its machine name too");
    }

    @Test
    void theOidIsOneOfTheSchemesIdentifiers() {
        assertTrue(scheme.graph().contains(NodeFactory.createURI(SCHEME), DCTerms.identifier.asNode(),
                NodeFactory.createLiteralString("urn:oid:1.2.250.1.213.2.53")), "as French CDA documents name it");
    }
}
