package fr.hdh.catalog.core.record;

import fr.hdh.catalog.core.validation.GraphDescriptions;
import fr.hdh.catalog.core.validation.ReferenceLookup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Finds what the records of a batch being validated describe (every subject, not only their main
 * IRIs: a publisher's contact point, say), and notes which records each validation read, so that when
 * one record is refused only the records that relied on it are validated again. One instance per
 * batch validation, read-only once made: each record's validation gets its own {@link Reader}, so
 * records may be validated on several threads at once.
 */
final class BatchReferences {
    private final Map<Node, String> describedBy = new HashMap<>();
    private final Map<String, Graph> contents;

    /** @param contents each record's content by record IRI, in batch order (the first to describe a resource wins) */
    BatchReferences(Map<String, Graph> contents) {
        this.contents = contents;
        contents.forEach((iri, content) ->
                content.find().forEachRemaining(t -> describedBy.putIfAbsent(t.getSubject(), iri)));
    }

    /** The lookup for the validation of record {@code self}: one record, one thread. */
    Reader reader(String self) {
        return new Reader(self);
    }

    /** Looks up in the batch for one record's validation, and notes the other records it read. */
    final class Reader implements ReferenceLookup {
        private final String self;
        private final Set<String> read = new HashSet<>();

        private Reader(String self) {
            this.self = self;
        }

        @Override
        public void describeInto(Node resource, Graph sink) {
            String iri = describedBy.get(resource);
            if (iri != null) {
                read.add(iri);
                GraphDescriptions.copy(contents.get(iri), resource, sink);
            }
        }

        /** The other records of the batch this validation read. */
        Set<String> read() {
            Set<String> others = new HashSet<>(read);
            others.remove(self);
            return others;
        }
    }
}
