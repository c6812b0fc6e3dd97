package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.core.net.Fetcher;
import fr.hdh.catalog.harvest.RecordSink;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a FHIR server through its REST search API, one search per harvested resource type, following
 * each Bundle's {@code link[relation=next]} (never the same page twice, at most {@link #MAX_PAGES} per
 * search). Publishers come with their studies and groups through {@code _include}. A search that fails
 * is rejected with its reason and the others go on; when every search fails, the server is taken as
 * unreachable and the first failure is thrown.
 */
final class FhirRestSearch {
    static final int MAX_PAGES = 1_000;
    static final String ACCEPT = "application/fhir+json, application/json;q=0.9";
    static final List<String> SEARCHES = List.of(
            "ResearchStudy?_include=ResearchStudy:sponsor&_count=100",
            "Group?_include=Group:managing-entity&_count=100",
            "StructureDefinition?kind=logical&_count=100",
            "Questionnaire?_count=100",
            "CodeSystem?_count=100",
            "ValueSet?_count=100",
            "ConceptMap?_count=100");

    private final Fetcher fetcher;
    private final FhirDocumentReader reader = new FhirDocumentReader();

    FhirRestSearch(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    List<FhirItem> read(String base, RecordSink sink) {
        String root = base.endsWith("/") ? base : base + "/";
        List<FhirItem> items = new ArrayList<>();
        CatalogException firstFailure = null;
        int failed = 0;
        for (String search : SEARCHES) {
            try {
                items.addAll(pages(URI.create(root + search), sink));
            } catch (CatalogException e) {
                failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
                sink.reject(root + search, e.getMessage());
            }
        }
        if (failed == SEARCHES.size()) {
            throw firstFailure;
        }
        return items;
    }

    private List<FhirItem> pages(URI first, RecordSink sink) {
        List<FhirItem> items = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Optional<URI> page = Optional.of(first);
        while (page.isPresent() && seen.add(page.get()) && seen.size() <= MAX_PAGES) {
            URI uri = page.get();
            Fetcher.Fetched fetched = fetcher.fetch(uri, ACCEPT);
            FhirDocument doc;
            try {
                doc = reader.read(uri.toString(), fetched.body());
            } catch (CatalogException e) {
                if (seen.size() == 1) {
                    throw e;
                }
                sink.reject(uri.toString(), e.getMessage());
                break;
            }
            items.addAll(doc.items());
            doc.rejected().forEach(r -> sink.reject(r.item(), r.reason()));
            page = doc.next().map(uri::resolve);
        }
        return items;
    }
}
