package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.page.LocalLinks;
import fr.hdh.catalog.web.page.view.ConceptView;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.vocabulary.ConceptDescription.Ref;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link ConceptDescription} into the view of its page, links decided (every concept links to its own page). */
final class ConceptPage {
    private final LocalLinks links;

    ConceptPage(LocalLinks links) {
        this.links = links;
    }

    /**
     * The page of {@code concept} in {@code lang}, read at {@code path}; {@code path} with {@code ?page=} is
     * where the next page of narrower concepts is.
     */
    ConceptView view(ConceptDescription concept, String lang, String path) {
        List<Link> breadcrumb = new ArrayList<>();
        concept.schemes().forEach(s -> breadcrumb.add(link(s)));
        concept.broader().forEach(b -> breadcrumb.add(code(b)));
        List<ConceptView.Label> labels = new ArrayList<>();
        concept.notation().forEach(n -> labels.add(new ConceptView.Label("vocab.label.notation", "", n)));
        add(labels, "vocab.label.pref", concept.prefLabel());
        add(labels, "vocab.label.alt", concept.altLabel());
        add(labels, "vocab.label.definition", concept.definition());
        List<ConceptView.Member> narrower = concept.narrower().concepts().stream()
                .map(n -> new ConceptView.Member(code(n), saysMore(n) ? Optional.of(n.label()) : Optional.empty())).toList();
        ConceptDescription.Narrower page = concept.narrower();
        Optional<String> more = page.page() * page.size() < page.total()
                ? Optional.of(path + (path.contains("?") ? "&" : "?") + "page=" + (page.page() + 1)) : Optional.empty();
        List<ConceptView.Mapping> mappings = new ArrayList<>();
        concept.mappings().skos().forEach(s -> mappings.add(new ConceptView.Mapping(Namespaces.shortForm(s.predicate()),
                "in".equals(s.direction()), outside(s.other()), "", "", "", Optional.empty())));
        concept.mappings().sssom().forEach(s -> {
            boolean inverse = !s.subject().iri().equals(concept.iri());
            mappings.add(new ConceptView.Mapping(Namespaces.shortForm(s.predicate()), inverse,
                    outside(inverse ? s.subject() : s.object()), Namespaces.shortForm(s.justification()),
                    s.confidence() == null ? "" : java.math.BigDecimal.valueOf(s.confidence()).stripTrailingZeros().toPlainString(), s.status(),
                    Optional.of(new Link("/api/mappings?set=" + URLEncoder.encode(s.set(), StandardCharsets.UTF_8),
                            s.set().substring(s.set().lastIndexOf('/') + 1)))));
        });
        List<ConceptView.Use> uses = concept.usedBy().variables().stream().map(u -> new ConceptView.Use(
                links.record(u.variable().iri(), u.variable().notation() == null ? u.variable().label() : u.variable().notation()),
                u.table() == null ? Link.text("") : links.record(u.table().iri(), u.table().label()),
                u.dataset() == null ? Link.text("") : links.record(u.dataset().iri(), u.dataset().label()))).toList();
        List<Link> datasets = concept.usedBy().datasets().stream().map(this::link).toList();
        String title = best(concept.prefLabel(), lang).orElse(concept.notation().stream().findFirst().orElse(concept.iri()));
        return new ConceptView(title, concept.iri(), concept.notation().stream().findFirst(), breadcrumb, labels, narrower,
                page.total(), more, mappings, uses, datasets,
                "/api/concepts?iri=" + URLEncoder.encode(concept.iri(), StandardCharsets.UTF_8), concept.deprecated());
    }

    private Link link(Ref ref) {
        return links.record(ref.iri(), ref.notation() != null && !ref.notation().equals(ref.label())
                ? ref.notation() + " " + ref.label() : ref.label());
    }

    /**
     * A mapped concept, often another terminology's (SNOMED CT, OMOP): its own IRI when it is not the
     * catalogue's, the page here when it is.
     */
    private Link outside(Ref ref) {
        return links.link(ref.iri(), ref.notation() != null && !ref.notation().equals(ref.label())
                ? ref.notation() + " " + ref.label() : ref.label());
    }

    private Link code(Ref ref) {
        return links.record(ref.iri(), ref.notation() == null ? ref.label() : ref.notation());
    }

    private static boolean saysMore(Ref ref) {
        return ref.notation() != null && !ref.label().equals(ref.notation());
    }

    private static void add(List<ConceptView.Label> labels, String key, Map<String, List<String>> byLang) {
        byLang.forEach((lang, texts) -> texts.forEach(t -> labels.add(new ConceptView.Label(key, lang, t))));
    }

    private static Optional<String> best(Map<String, List<String>> byLang, String lang) {
        for (String wanted : List.of(lang, "fr", "")) {
            if (byLang.containsKey(wanted) && !byLang.get(wanted).isEmpty()) {
                return Optional.of(byLang.get(wanted).get(0));
            }
        }
        return byLang.values().stream().flatMap(List::stream).findFirst();
    }
}
