package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.view.VocabulariesView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns the schemes holding a filter into the view of {@code /vocabularies}: grouped by kind, in the order of {@link SchemeKind}. */
final class VocabulariesPage {
    private final LocalLinks links;

    VocabulariesPage(LocalLinks links) {
        this.links = links;
    }

    VocabulariesView view(List<SchemeSummary> schemes, String filter, String lang) {
        Map<SchemeKind, List<VocabulariesView.Scheme>> byKind = new EnumMap<>(SchemeKind.class);
        for (SchemeSummary s : schemes) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(new VocabulariesView.Scheme(
                    links.record(s.iri(), s.labelIn(lang)), s.identifier().orElse(""), s.concepts(), s.version().orElse("")));
        }
        List<VocabulariesView.Group> groups = new ArrayList<>();
        byKind.forEach((kind, list) -> groups.add(new VocabulariesView.Group("vocab.kind." + kind.id(), kind.id(), list)));
        return new VocabulariesView(filter, schemes.size(), groups);
    }
}
