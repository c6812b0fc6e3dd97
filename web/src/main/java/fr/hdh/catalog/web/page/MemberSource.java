package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.text.Folding;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;

/**
 * The resources listed beneath another on its page, one line each (the codes of a code list): their IRIs in the
 * order they are listed, and what a line shows of one. Read from the page's graph when it holds them all, or from
 * the store a page at a time when there are thousands ({@link ResourcePage}).
 */
public interface MemberSource {
    /** One line: the member's IRI, its code and its label in the reader's language (the code when it has none). */
    record Member(String iri, String code, String label) {}

    /** The members' IRIs, sorted. */
    List<String> iris();

    /** The lines of {@code iris}, in their order. */
    List<Member> members(List<String> iris, Lang lang);

    /**
     * The IRIs of the members whose code or label holds {@code wanted}, folded ({@link Folding}: case and accents
     * aside), in their order.
     */
    default List<String> matching(String wanted, Lang lang) {
        return members(iris(), lang).stream().map(FoldedLine::of).filter(line -> line.holds(wanted))
                .map(FoldedLine::iri).toList();
    }

    /** A member's IRI, with its code and label folded ({@link Folding}) for a filter to compare. */
    record FoldedLine(String iri, String code, String label) {
        public static FoldedLine of(Member m) {
            return new FoldedLine(m.iri(), Folding.fold(m.code()), Folding.fold(m.label()));
        }

        /** Whether the code or the label holds {@code wanted}, folded already. */
        public boolean holds(String wanted) {
            return code.contains(wanted) || label.contains(wanted);
        }
    }
}
