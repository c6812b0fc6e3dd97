package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The catalogue's concept schemes, each with its labels, number of concepts, version and kind. Counting
 * the 240,000 concepts of the demo takes a moment, so the list is kept until the catalogue changes (the
 * number of records or the latest change differs), then read again at the next request.
 *
 * <pre>
 * Schemes schemes = new Schemes(catalog);
 * Schemes.Page first = schemes.page("cim", 1, 50);
 * </pre>
 */
public final class Schemes {
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String TITLE = DCT + "title";
    private static final String IDENTIFIER = DCT + "identifier";

    private final Catalog catalog;
    private String countedAt = "";
    private List<SchemeSummary> counted = List.of();

    public Schemes(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One page of the schemes holding a text, and how many there are in all. */
    public record Page(List<SchemeSummary> schemes, int total, int page, int size) {}

    /**
     * Page {@code page} (from 1) of {@code size} schemes whose identifier, labels or IRI hold {@code filter}
     * (case and accents aside; empty: all), by kind then label.
     */
    public Page page(String filter, int page, int size) {
        List<SchemeSummary> matching = matching(filter);
        int from = Math.min(matching.size(), (page - 1) * size);
        int to = Math.min(matching.size(), from + size);
        return new Page(matching.subList(from, to), matching.size(), page, size);
    }

    /** Every scheme holding {@code filter}, by kind then French label. */
    public List<SchemeSummary> matching(String filter) {
        String wanted = Folding.fold(filter == null ? "" : filter.strip());
        return all().stream().filter(s -> wanted.isEmpty() || holds(s, wanted)).toList();
    }

    private static boolean holds(SchemeSummary s, String wanted) {
        return java.util.stream.Stream.of(s.identifier(), s.labelFr(), s.labelEn(), s.label(), Optional.of(s.iri()))
                .flatMap(Optional::stream).anyMatch(t -> Folding.fold(t).contains(wanted));
    }

    /** Every scheme, read again when the catalogue has changed since the last read. */
    public synchronized List<SchemeSummary> all() {
        return catalog.store().read(() -> {
            StoreReader reader = new StoreReader(catalog.store().datasetGraph());
            Binding state = reader.select(VocabularyQuery.CATALOGUE_STATE, Map.of()).get(0);
            String version = StoreReader.text(state, "records") + "@" + StoreReader.text(state, "lastModified");
            if (!version.equals(countedAt)) {
                counted = read(reader);
                countedAt = version;
            }
            return counted;
        });
    }

    private List<SchemeSummary> read(StoreReader reader) {
        Map<String, Names> names = new TreeMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        for (Binding row : reader.select(VocabularyQuery.SCHEMES, Map.of())) {
            String scheme = row.get("scheme").getURI();
            String property = row.get("property").getURI();
            Node value = row.get("value");
            names.computeIfAbsent(scheme, k -> new Names()).add(property.equals(TITLE) ? Names.PREF_LABEL : property, value);
            String text = StoreReader.text(row, "value");
            if (!text.isEmpty()) {
                values.computeIfAbsent(scheme, k -> new HashMap<>()).merge(property, text, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        SchemeCounts counts = SchemeCounts.read(catalog.store().datasetGraph());
        String base = catalog.iris().base();
        List<SchemeSummary> schemes = new ArrayList<>();
        names.forEach((iri, n) -> {
            Map<String, String> v = values.getOrDefault(iri, Map.of());
            Optional<String> identifier = Optional.ofNullable(v.get(IDENTIFIER)).or(() -> Optional.ofNullable(v.get(Names.NOTATION)));
            schemes.add(new SchemeSummary(iri, identifier, first(n.exactly(Names.PREF_LABEL, "fr")),
                    first(n.exactly(Names.PREF_LABEL, "en")), first(n.exactly(Names.PREF_LABEL, "")),
                    counts.concepts().getOrDefault(iri, 0L), Optional.ofNullable(v.get("http://www.w3.org/2002/07/owl#versionInfo")),
                    Optional.ofNullable(v.get(DCT + "publisher")), Optional.ofNullable(v.get(DCT + "source")),
                    SchemeKind.of(iri, base, counts.hierarchical().contains(iri))));
        });
        schemes.sort(Comparator.comparing(SchemeSummary::kind).thenComparing(s -> Folding.fold(s.labelIn("fr")))
                .thenComparing(SchemeSummary::iri));
        return List.copyOf(schemes);
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }
}
