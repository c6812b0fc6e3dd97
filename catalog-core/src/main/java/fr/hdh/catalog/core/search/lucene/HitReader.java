package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.LangText;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchHit.ItemRef;
import fr.hdh.catalog.core.search.Snippet;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Reads the hits of a page back from stored fields, with a snippet: the best passage of a description
 * (else a title) where the words matched, as text in parts with the matches marked ({@link SnippetFormatter}).
 * The words are given as term queries (no phrase): each term found is marked.
 */
final class HitReader {
    static final int SNIPPET_CHARS = 240;
    private static final String[] SNIPPET_FIELDS = {
        Fields.Text.DESCRIPTION.field(LangText.Lang.FR), Fields.Text.DESCRIPTION.field(LangText.Lang.EN),
        Fields.Text.TITLE.field(LangText.Lang.FR), Fields.Text.TITLE.field(LangText.Lang.EN)
    };

    private HitReader() {}

    static List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] page, Query words) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Map<String, Object[]> snippets = Map.of();
        if (words != null) {
            // the text re-analysed keeping only the words' terms: no in-memory index per field, no matching of
            // the whole query (a third of a search's time at a million variables). (The builder's withFlags is
            // not read by Lucene 9.12's highlighter: the flags come from these switches.)
            SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, Analysis.perField())
                    .withWeightMatches(false)
                    .withPassageRelevancyOverSpeed(false)
                    .withHandleMultiTermQuery(false)
                    .withFormatter(new SnippetFormatter())
                    .withMaxLength(20_000));
            int[] passages = new int[SNIPPET_FIELDS.length];
            Arrays.fill(passages, 1);
            int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
            snippets = highlighter.snippets(SNIPPET_FIELDS, words, docIds, passages);
        }
        SearchHit[] hits = new SearchHit[page.length];
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(page[i].doc);
            hits[i] = hit(d, page[i].score, snippet(snippets, i, d));
        }
        return List.of(hits);
    }

    private static SearchHit hit(Document d, float score, Snippet snippet) {
        return new SearchHit(d.get(Fields.IRI), ItemKind.byId(d.get(Fields.KIND)).orElseThrow(), d.get(Fields.LABEL),
                Optional.ofNullable(d.get(Fields.NAME)), snippet, Float.isNaN(score) ? 0f : score,
                ref(d, Fields.DATASET_IRI, Fields.DATASET_LABEL), ref(d, Fields.TABLE_IRI, Fields.TABLE_LABEL),
                ref(d, Fields.CODE_LIST_IRI, Fields.CODE_LIST_LABEL));
    }

    private static Snippet snippet(Map<String, Object[]> snippets, int i, Document d) {
        for (String field : SNIPPET_FIELDS) {
            Object[] values = snippets.get(field);
            if (values != null && values[i] instanceof Snippet found && found.marked()) {
                return found;
            }
        }
        String plain = d.get(SNIPPET_FIELDS[0]) != null ? d.get(SNIPPET_FIELDS[0])
                : d.get(SNIPPET_FIELDS[1]) != null ? d.get(SNIPPET_FIELDS[1]) : "";
        return Snippet.plain(plain.length() > SNIPPET_CHARS ? plain.substring(0, SNIPPET_CHARS) + " …" : plain);
    }

    private static Optional<ItemRef> ref(Document d, String iriField, String labelField) {
        String iri = d.get(iriField);
        return iri == null ? Optional.empty() : Optional.of(new ItemRef(iri, d.get(labelField)));
    }
}
