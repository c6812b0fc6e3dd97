package fr.hdh.catalog.core.search.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English words for the parts of SNDS variable names, from a reviewed glossary shipped with its sources
 * ({@code hdh/search/snds-name-parts.tsv}): an English reader finds {@code BEN_SEX_COD}, whose labels are French
 * only, by "sex of the beneficiary". Parts the glossary does not know add nothing.
 *
 * <pre>
 * NameParts.SNDS.english("BEN_DCD_DTE")   // Optional["beneficiary patient death deceased date"]
 * </pre>
 */
final class NameParts {
    static final NameParts SNDS = load("/hdh/search/snds-name-parts.tsv");

    private final Map<String, String> english;

    private NameParts(Map<String, String> english) {
        this.english = Map.copyOf(english);
    }

    /** The English glosses of the parts of {@code name} the glossary knows, in the name's order; none if it knows none. */
    Optional<String> english(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : name.toUpperCase(Locale.ROOT).split("_")) {
            String gloss = english.get(part);
            if (gloss != null) {
                words.add(gloss);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    static NameParts load(String resource) {
        Map<String, String> english = new HashMap<>();
        try (InputStream in = NameParts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The glossary of name parts " + resource + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 3) {
                    throw new IllegalStateException(resource + ": a line needs part, French meaning and English gloss: " + line);
                }
                english.put(cells[0].strip(), cells[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new NameParts(english);
    }
}
