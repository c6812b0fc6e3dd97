package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.validation.Amendment;
import java.util.ArrayList;
import java.util.List;

/**
 * The repairs a harvested record goes through before validation, in order, each change listed. Class
 * names are read first (the other repairs look at types); links are read before formats and media types (a format may be the text of its IRI); the EU authority's
 * concepts are left alone in a vocabulary record, which may be the authority table itself.
 *
 * <pre>
 * List&lt;Amendment&gt; changes = Repairs.standard().apply(record);   // record.content() mended in place
 * </pre>
 */
public final class Repairs {
    private static final Repairs STANDARD = new Repairs(List.of(new ClassNameRepair(), new LinkRepair(), new FileTypeRepair(),
            new MediaTypeRepair(), new LanguageRepair(), new IdentifierRepair(), new DateRepair(), new EmailRepair(),
            new ByteSizeRepair(), new StatementRepair(), new AuthorityRestatementRepair(), new AgentTypeRepair()));

    private final List<Repair> repairs;

    private Repairs(List<Repair> repairs) {
        this.repairs = List.copyOf(repairs);
    }

    public static Repairs standard() {
        return STANDARD;
    }

    /** Mends the record's content in place; returns what changed, in the order it was done. */
    public List<Amendment> apply(CatalogRecord record) {
        List<Amendment> log = new ArrayList<>();
        for (Repair repair : repairs) {
            if (record.kind() == RecordKind.VOCABULARY && repair instanceof AuthorityRestatementRepair) {
                continue;
            }
            repair.apply(record.iri(), record.content(), log);
        }
        return log;
    }
}
