package fr.hdh.catalog.core.search;

import fr.hdh.catalog.core.search.SearchHit.ItemRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the index knows of one item: the text a researcher searches by, grouped by how much a match in
 * it weighs (codes over titles over keywords over descriptions over context), its facet values and
 * where it sits. Built from one record graph by {@link SearchDocuments}; an item never borrows text
 * from another record, so updating one record updates exactly its own documents.
 *
 * @param iri the item
 * @param recordIri the record (named graph) it was read from
 * @param kind what it is
 * @param codes names and codes found exactly and case-insensitively ({@code DGN_PAL}, {@code I210})
 * @param titles titles and preferred labels
 * @param keywords keywords and alternative labels
 * @param descriptions descriptions and definitions
 * @param context labels of what it belongs to (its dataset and table), weighed least
 * @param facets its facet values
 * @param dataset the dataset or standard it belongs to
 * @param table the table it belongs to
 * @param codeList its code list (a variable) or scheme (a concept)
 * @param sources the code lists a code list copies its codes from ({@code prov:wasDerivedFrom}: the SNDS's copies of the
 *        CIM-10 name the reference list); empty for other items
 */
public record SearchDocument(String iri, String recordIri, ItemKind kind, List<String> codes, List<LangText> titles,
                             List<LangText> keywords, List<LangText> descriptions, List<LangText> context,
                             Map<Facet, Set<String>> facets, Optional<ItemRef> dataset, Optional<ItemRef> table,
                             Optional<ItemRef> codeList, List<String> sources) {
    public SearchDocument {
        codes = List.copyOf(codes);
        titles = List.copyOf(titles);
        keywords = List.copyOf(keywords);
        descriptions = List.copyOf(descriptions);
        context = List.copyOf(context);
        sources = List.copyOf(sources);
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        facets.forEach((f, v) -> copy.put(f, Set.copyOf(v)));
        copy.put(Facet.KIND, Set.of(kind.id()));
        facets = Map.copyOf(copy);
    }

    /** The label shown for the item: a French title, else an English one, else untagged, else its first code. */
    public String label() {
        for (LangText.Lang lang : List.of(LangText.Lang.FR, LangText.Lang.EN, LangText.Lang.NONE)) {
            for (LangText t : titles) {
                if (t.lang() == lang) {
                    return t.text();
                }
            }
        }
        return codes.isEmpty() ? iri : codes.get(0);
    }

    /** The first description, French first; empty when it has none. */
    public String summary() {
        return descriptions.stream().filter(t -> t.lang() != LangText.Lang.EN).findFirst()
                .or(() -> descriptions.stream().findFirst()).map(LangText::text).orElse("");
    }

    /** Collects the parts of a document while a record graph is read. */
    public static final class Builder {
        private final String iri;
        private final String recordIri;
        private final ItemKind kind;
        private final List<String> codes = new ArrayList<>();
        private final List<LangText> titles = new ArrayList<>();
        private final List<LangText> keywords = new ArrayList<>();
        private final List<LangText> descriptions = new ArrayList<>();
        private final List<LangText> context = new ArrayList<>();
        private final Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        private ItemRef dataset;
        private ItemRef table;
        private ItemRef codeList;
        private final List<String> sources = new ArrayList<>();

        public Builder(String iri, String recordIri, ItemKind kind) {
            this.iri = iri;
            this.recordIri = recordIri;
            this.kind = kind;
        }

        public Builder codes(List<String> values) {
            values.stream().filter(v -> !v.isBlank() && !codes.contains(v)).forEach(codes::add);
            return this;
        }

        public Builder titles(List<LangText> values) {
            titles.addAll(values);
            return this;
        }

        public Builder keywords(List<LangText> values) {
            keywords.addAll(values);
            return this;
        }

        public Builder descriptions(List<LangText> values) {
            descriptions.addAll(values);
            return this;
        }

        public Builder context(List<LangText> values) {
            context.addAll(values);
            return this;
        }

        public Builder facet(Facet facet, List<String> values) {
            if (!values.isEmpty()) {
                facets.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(values);
            }
            return this;
        }

        /** Copies the facets a table or variable inherits from its dataset (producer, theme, access, entry). */
        public Builder inheritFacets(Map<Facet, Set<String>> parent) {
            for (Facet f : List.of(Facet.PRODUCER, Facet.THEME, Facet.ACCESS_RIGHTS, Facet.CATALOGUE_ENTRY)) {
                facet(f, List.copyOf(parent.getOrDefault(f, Set.of())));
            }
            return this;
        }

        public Builder dataset(ItemRef ref) {
            this.dataset = ref;
            return this;
        }

        public Builder table(ItemRef ref) {
            this.table = ref;
            return this;
        }

        public Builder codeList(ItemRef ref) {
            this.codeList = ref;
            return this;
        }

        public Builder sources(List<String> values) {
            sources.addAll(values);
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(iri, recordIri, kind, codes, titles, keywords, descriptions, context, facets,
                    Optional.ofNullable(dataset), Optional.ofNullable(table), Optional.ofNullable(codeList), sources);
        }
    }
}
