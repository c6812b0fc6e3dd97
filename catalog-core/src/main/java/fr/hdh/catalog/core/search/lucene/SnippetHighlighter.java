package fr.hdh.catalog.core.search.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with its formatter's objects ({@code Snippet}s) rather than strings. */
final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    /** Per field, each document's snippet (null where the field has none). */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
