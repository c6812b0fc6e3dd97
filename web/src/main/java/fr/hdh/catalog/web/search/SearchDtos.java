package fr.hdh.catalog.web.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hdh.catalog.core.search.FacetCount;
import fr.hdh.catalog.core.search.SearchHit;
import fr.hdh.catalog.core.search.SearchQuery;
import fr.hdh.catalog.core.search.SearchResult;
import fr.hdh.catalog.core.search.Suggestion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of {@code /api/search} and {@code /api/suggest}; built from the service's results, no logic. */
final class SearchDtos {
    private SearchDtos() {}

    /** {@code {total, page, size, fuzzy, hits, facets}}. */
    record SearchResponse(long total, int page, int size, boolean fuzzy, List<Hit> hits,
                          Map<String, List<FacetValue>> facets) {
        static SearchResponse of(SearchQuery query, SearchResult result) {
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            result.facets().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> facets.put(e.getKey().param(), e.getValue().stream().map(FacetValue::of).toList()));
            return new SearchResponse(result.total(), query.page(), query.size(), result.fuzzy(),
                    result.hits().stream().map(Hit::of).toList(), facets);
        }
    }

    /**
     * One hit; {@code snippet} is where the words matched, as plain text (never markup), and
     * {@code snippetParts} the same text in parts, each {@code marked} when the words matched there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String iri, String kind, String label, String name, String snippet, List<SnippetPart> snippetParts,
               float score, Ref dataset, Ref table, Ref codeList) {
        static Hit of(SearchHit h) {
            return new Hit(h.iri(), h.kind().id(), h.label(), h.name().orElse(null), h.snippet().text(),
                    h.snippet().parts().stream().map(p -> new SnippetPart(p.text(), p.marked())).toList(), h.score(),
                    h.dataset().map(Ref::of).orElse(null), h.table().map(Ref::of).orElse(null),
                    h.codeList().map(Ref::of).orElse(null));
        }
    }

    /** A piece of a snippet's text, marked when the words matched there. */
    record SnippetPart(String text, boolean marked) {}

    record Ref(String iri, String label) {
        static Ref of(SearchHit.ItemRef r) {
            return new Ref(r.iri(), r.label());
        }
    }

    record FacetValue(String value, String label, long count) {
        static FacetValue of(FacetCount c) {
            return new FacetValue(c.value(), c.label(), c.count());
        }
    }

    /** {@code {q, suggestions:[{text, iri, kind, context}]}}. */
    record SuggestResponse(String q, List<SuggestionDto> suggestions) {
        static SuggestResponse of(String q, List<Suggestion> suggestions) {
            return new SuggestResponse(q, suggestions.stream()
                    .map(s -> new SuggestionDto(s.text(), s.iri(), s.kind().id(), s.context())).toList());
        }
    }

    record SuggestionDto(String text, String iri, String kind, String context) {}
}
