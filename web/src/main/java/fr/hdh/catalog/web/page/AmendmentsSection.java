package fr.hdh.catalog.web.page;

import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.web.page.view.DatasetView;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** What the catalogue changed in a harvested record, one line a change, for the dataset page. */
final class AmendmentsSection {
    private static final String NONE = "—";

    private AmendmentsSection() {}

    static DatasetView.Amendment view(Amendment a) {
        return new DatasetView.Amendment(a.type() == Amendment.Type.DROP, a.kind(), a.property(),
                text(a.removed()), text(a.added()), a.reason() == null ? "" : a.reason());
    }

    private static String text(Optional<Triple> t) {
        if (t.isEmpty()) {
            return NONE;
        }
        Node o = t.get().getObject();
        if (o.isURI()) {
            return o.getURI();
        }
        if (o.isBlank()) {
            return "[…]";
        }
        String lang = o.getLiteralLanguage();
        return "\"" + o.getLiteralLexicalForm() + "\"" + (lang == null || lang.isEmpty() ? "" : "@" + lang);
    }
}
