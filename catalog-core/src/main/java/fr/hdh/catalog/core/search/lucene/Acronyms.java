package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.text.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field's acronyms and their expansions ({@code HAD} and {@code hospitalisation à domicile}), read from
 * the glossary shipped with its source ({@code hdh/search/snds-acronyms.tsv}), used both ways at query time:
 * a query that names an acronym is also searched with its expansion, a query that spells an expansion out is
 * also searched with the acronym. Acronyms of three letters or fewer count only when typed in capitals
 * ({@code DP}, not {@code dp}), so that common words stay words; longer ones in any case and accents
 * ({@code cepidc} is {@code CépiDc}).
 *
 * <pre>
 * Acronyms.SNDS.alternatives("séjours HAD")   // ["séjours Hospitalisation à domicile"]
 * </pre>
 */
final class Acronyms {
    static final Acronyms SNDS = load("/hdh/search/snds-acronyms.tsv");
    /** At most this many alternative texts per query: each costs a query of its own. */
    static final int MAX_ALTERNATIVES = 3;
    private static final int SHORT = 3;

    /**
     * One line of the glossary, its patterns compiled once: the acronym as typed (in capitals when short), the
     * acronym folded (none when short: a short one counts only as typed), the expansion folded.
     */
    private record Entry(String acronym, String expansion, Pattern typed, Optional<Pattern> folded, Pattern spelledOut) {
        static Entry of(String acronym, String expansion) {
            boolean isShort = acronym.replace("-", "").replace(" ", "").length() <= SHORT;
            int flags = isShort ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return new Entry(acronym, expansion, word(acronym, flags),
                    isShort ? Optional.empty() : Optional.of(word(Folding.fold(acronym), 0)), word(Folding.fold(expansion), 0));
        }

        private static Pattern word(String text, int flags) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])", flags);
        }
    }

    private final List<Entry> entries;

    private Acronyms(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The texts to search beside {@code text}: it with an acronym spelled out, or with an expansion abbreviated. */
    List<String> alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        String foldedText = Folding.fold(text);
        for (Entry e : entries) {
            if (out.size() >= MAX_ALTERNATIVES) {
                break;
            }
            Matcher typed = e.typed().matcher(text);
            Optional<Matcher> folded = e.folded().map(p -> p.matcher(foldedText));
            Matcher spelledOut = e.spelledOut().matcher(foldedText);
            if (typed.find()) {
                out.add(text.substring(0, typed.start()) + e.expansion() + text.substring(typed.end()));
            } else if (folded.isPresent() && folded.get().find()) {
                Matcher m = folded.get();
                out.add(foldedText.substring(0, m.start()) + e.expansion() + foldedText.substring(m.end()));
            } else if (spelledOut.find()) {
                out.add(spelledOut.replaceFirst(Matcher.quoteReplacement(e.acronym())));
            }
        }
        out.remove(text);
        return List.copyOf(out);
    }

    static Acronyms load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Acronyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The acronym glossary " + resource + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                entries.add(Entry.of(cells[0], cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new Acronyms(entries);
    }
}
