package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * The highlighter's passages as a {@link Snippet}: the text between matches unmarked, each match (or run of
 * overlapping matches) marked, passages apart joined by an ellipsis. Text stays text: nothing is escaped or
 * tagged here.
 */
final class SnippetFormatter extends PassageFormatter {
    private static final String ELLIPSIS = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        List<Snippet.Part> parts = new ArrayList<>();
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                add(parts, ELLIPSIS, false);
            }
            int at = passage.getStartOffset();
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(starts[i], at);
                int end = ends[i];
                // Overlapping matches make one marked run.
                while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
                    end = Math.max(end, ends[++i]);
                }
                if (end <= at) {
                    continue;
                }
                add(parts, content.substring(at, start), false);
                add(parts, content.substring(start, end), true);
                at = end;
            }
            add(parts, content.substring(at, passage.getEndOffset()), false);
            previousEnd = passage.getEndOffset();
        }
        return new Snippet(strip(parts));
    }

    private static void add(List<Snippet.Part> parts, String text, boolean marked) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).marked() == marked) {
            parts.set(last, new Snippet.Part(parts.get(last).text() + text, marked));
        } else {
            parts.add(new Snippet.Part(text, marked));
        }
    }

    /** Without the blanks around the whole snippet. */
    private static List<Snippet.Part> strip(List<Snippet.Part> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        Snippet.Part first = parts.get(0);
        parts.set(0, new Snippet.Part(first.text().stripLeading(), first.marked()));
        int last = parts.size() - 1;
        Snippet.Part end = parts.get(last);
        parts.set(last, new Snippet.Part(end.text().stripTrailing(), end.marked()));
        parts.removeIf(p -> p.text().isEmpty());
        return parts;
    }
}
