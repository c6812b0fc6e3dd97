package fr.hdh.catalog.core.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import fr.hdh.catalog.core.search.LangText;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. French: elision ({@code l'hôpital} → {@code hôpital}), lower case, French stop
 * words, light stemming, then accents folded, so {@code séjours} and {@code sejour} meet. English:
 * possessives, lower case, English stop words, KStem, accents folded. Codes: the whole value, lower
 * case, accents folded and dots dropped, so {@code I21.0} finds the SNDS notation {@code I210} and
 * {@code dgn_pal} finds {@code DGN_PAL}. Suggestions: words lower-cased and folded, never stemmed, so a
 * prefix is matched as typed.
 */
final class Analysis {
    private static final Pattern CODE_NOISE = Pattern.compile("[.\\s]");

    private Analysis() {}

    static final Analyzer FRENCH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
            s = new FrenchLightStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new KStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    static final Analyzer CODE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream s = new LowerCaseFilter(source);
            s = new ASCIIFoldingFilter(s);
            s = new PatternReplaceFilter(s, CODE_NOISE, "", true);
            return new TokenStreamComponents(source, s);
        }
    };

    /** Words as typed: split, lower-cased, folded; no stop words, no stemming. */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new LowerCaseFilter(source);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    /** The analyzer of every field, for the writer and the highlighter. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (Fields.Text t : Fields.Text.values()) {
            byField.put(t.field(LangText.Lang.FR), FRENCH);
            byField.put(t.field(LangText.Lang.EN), ENGLISH);
        }
        byField.put(Fields.CODES, CODE);
        byField.put(Fields.SUGGEST, WORDS);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), byField);
    }

    /** A code as the {@link #CODE} analyzer indexes it, for building term queries; empty when nothing is left. */
    static String code(String raw) {
        List<String> terms = terms(CODE, Fields.CODES, raw);
        return terms.isEmpty() ? "" : terms.get(0);
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text in memory", e);
        }
        return out;
    }

    /** A label as sorted: lower case, accents dropped, at most 100 characters. */
    static String sortKey(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        String key = ascii(lower) ? lower : withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without its combining marks (Unicode category M): a loop, as a regular expression costs more per label. */
    private static String withoutMarks(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
