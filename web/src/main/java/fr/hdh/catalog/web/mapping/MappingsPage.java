package fr.hdh.catalog.web.mapping;

import fr.hdh.catalog.vocab.mapping.Curies;
import fr.hdh.catalog.vocab.mapping.Mapping;
import fr.hdh.catalog.vocab.mapping.MappingCandidates;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingStatus;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.MappingsView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The view of {@code /mappings}: the stored sets as tables, and a variable's candidates when asked. */
final class MappingsPage {
    private final LocalLinks links;

    MappingsPage(LocalLinks links) {
        this.links = links;
    }

    MappingsView view(Map<String, MappingSet> sets, Optional<MappingCandidates.Candidates> candidates) {
        List<MappingsView.SetSection> sections = sets.entrySet().stream().map(e -> section(e.getKey(), e.getValue())).toList();
        return new MappingsView(sections, candidates.map(this::candidates));
    }

    private MappingsView.SetSection section(String iri, MappingSet set) {
        String query = "/api/mappings?set=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        Curies curies = set.curies();
        List<MappingsView.Row> rows = set.mappings().stream().map(m -> row(m, curies)).toList();
        return new MappingsView.SetSection(set.meta("mapping_set_title").orElse(set.id()), query, rows);
    }

    private MappingsView.Row row(Mapping m, Curies curies) {
        return new MappingsView.Row(entity(m, "subject", curies), m.first("predicate_id").orElse(""), entity(m, "object", curies),
                m.first("confidence").orElse(""), m.first(MappingStatus.SLOT).orElse(MappingStatus.PROPOSED.value()),
                m.first("reviewer_id").map(r -> link(curies.expand(r).orElse(r), r)).orElse(Link.text("")), m.first("comment").orElse(""));
    }

    private Link entity(Mapping m, String role, Curies curies) {
        Optional<String> id = m.first(role + "_id");
        String label = m.first(role + "_label").orElse(id.orElse(""));
        return id.flatMap(curies::expand).map(iri -> link(iri, label)).orElse(Link.text(label));
    }

    private MappingsView.CandidatesSection candidates(MappingCandidates.Candidates c) {
        return new MappingsView.CandidatesSection(link(c.source(), c.source()), c.searchedText(), c.candidates().stream()
                .map(x -> new MappingsView.Candidate(link(x.iri(), x.label()), x.kind(), String.format(Locale.ROOT, "%.2f", x.score())))
                .toList());
    }

    private Link link(String iri, String text) {
        return links.link(iri, text);
    }
}
