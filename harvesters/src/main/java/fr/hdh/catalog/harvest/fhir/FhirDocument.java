package fr.hdh.catalog.harvest.fhir;

import java.util.List;
import java.util.Optional;

/**
 * What one document (a file, an ndjson file, a page of search results) held.
 *
 * @param items the resources that parsed
 * @param rejected the parts that did not, each with the parser's message
 * @param next the Bundle's {@code link[relation=next]}, for paging
 */
record FhirDocument(List<FhirItem> items, List<Rejected> rejected, Optional<String> next) {
    record Rejected(String item, String reason) {}

    FhirDocument {
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
    }
}
