package fr.hdh.catalog.web.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.web.page.MemberSource.FoldedLine;
import fr.hdh.catalog.web.page.MemberSource.Member;
import fr.hdh.catalog.web.page.view.Lang;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A large code list is read and folded once per store version for its filter, and read again once the store changes. */
class FoldedMembersTest {
    private static final String CIM = "http://test.example/vocabulary/snds/IR_CIM_V";
    private final AtomicInteger reads = new AtomicInteger();

    private List<Member> read(String label) {
        reads.incrementAndGet();
        return List.of(new Member(CIM + "/I21", "I21", label), new Member(CIM + "/I50", "I50", "Insuffisance cardiaque"));
    }

    @Test
    void theLinesAreReadOncePerStoreVersionAndFolded() {
        FoldedMembers kept = new FoldedMembers();

        List<FoldedLine> first = kept.of(CIM, Lang.FR, 1, () -> read("Infarctus aigu du myocarde"));
        List<FoldedLine> again = kept.of(CIM, Lang.FR, 1, () -> read("Infarctus aigu du myocarde"));

        assertEquals(1, reads.get(), "the second filter compares the kept lines");
        assertEquals(first, again);
        assertTrue(first.get(0).holds("infarctus aigu") && first.get(0).holds("i21"), "code and label, folded: " + first.get(0));
        assertTrue(!first.get(1).holds("infarctus"));

        List<FoldedLine> changed = kept.of(CIM, Lang.FR, 2, () -> read("Infarctus du myocarde (aigu)"));

        assertEquals(2, reads.get(), "a write to the store makes the lines be read again");
        assertTrue(changed.get(0).holds("myocarde aigu"), "punctuation folded too: " + changed.get(0));
    }

    @Test
    void eachLanguageIsKeptApartAndTheLeastRecentListsGoFirst() {
        FoldedMembers kept = new FoldedMembers();
        kept.of(CIM, Lang.FR, 1, () -> read("Infarctus aigu du myocarde"));
        kept.of(CIM, Lang.EN, 1, () -> read("Acute myocardial infarction"));
        assertEquals(2, reads.get(), "a label in another language is another line");

        for (int i = 0; i < FoldedMembers.MAX_LISTS; i++) {
            kept.of(CIM + i, Lang.FR, 1, () -> read("autre"));
        }
        int before = reads.get();
        kept.of(CIM, Lang.FR, 1, () -> read("Infarctus aigu du myocarde"));
        assertEquals(before + 1, reads.get(), "past " + FoldedMembers.MAX_LISTS + " lists the oldest was dropped");
    }
}
