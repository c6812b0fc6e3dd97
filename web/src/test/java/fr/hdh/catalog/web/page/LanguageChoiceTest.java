package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.hdh.catalog.web.page.view.Lang;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browser's {@code Accept-Language} chooses among French and English; anything else says nothing. */
class LanguageChoiceTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "en-US,en;q=0.9|en", "fr-FR,fr;q=0.9,en;q=0.8|fr", "de-DE,de;q=0.9,en;q=0.5|en", "de,fr;q=0.4,en;q=0.3|fr",
        "EN|en", "en;q=0.1,fr;q=0.2|fr", "de|", "*|", "''|", "not a header ;;; q=x|", "fr-CA|fr"})
    void acceptLanguage(String header, String expected) {
        assertEquals(Optional.ofNullable(expected).flatMap(Lang::byTag), LanguageChoice.fromAcceptLanguage(header));
    }
}
