package fr.hdh.catalog.vocab.nomenclature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.validation.RecordValidator;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import fr.hdh.catalog.core.validation.ShapesLibrary;
import fr.hdh.catalog.core.validation.ValidationReport;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schemes satisfy DCAT-AP's shapes for skos:ConceptScheme (a title) and skos:Concept (a prefLabel). */
class NomenclatureValidationTest {
    private static RecordValidator validator;

    @BeforeAll
    static void loadShapes() {
        validator = new RecordValidator(ShapesLibrary.load(), ReferenceLookup.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORAVAL/IR_SEX_V", "ORAVAL/AT_SLS_V", "ORAVAL/IR_EXR_V", "ORAREF/NU_CTX_R", "ATIH/CSARR"})
    void schemeAndConceptsHaveNoViolation(String name) {
        NomenclatureReader reader = new NomenclatureReader(new CatalogIris("http://localhost:8080/"));
        CatalogRecord record = reader.read(NomenclatureReaderTest.fixtureRoot().resolve(name + ".json"),
                Optional.of(NomenclatureReaderTest.fixtureRoot().resolve(name + ".csv")),
                new RecordSource("urn:hdh:test", "test"));

        ValidationReport report = validator.validate(record);

        assertTrue(reader.tally().concepts() > 0);
        assertEquals(0, report.violations().size(), report.toText());
    }
}
