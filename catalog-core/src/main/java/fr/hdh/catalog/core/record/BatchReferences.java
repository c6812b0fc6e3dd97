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
 * batch validation; not for several threads.
 */
final class BatchReferences implements ReferenceLookup {
    private final Map<Node, String> describedBy = new HashMap<>();
    private final Map<String, Graph> contents;
    private Set<String> read = new HashSet<>();

    /** @param contents each record's content by record IRI, in batch order (the first to describe a resource wins) */
    BatchReferences(Map<String, Graph> contents) {
        this.contents = contents;
        contents.forEach((iri, content) ->
                content.find().forEachRemaining(t -> describedBy.putIfAbsent(t.getSubject(), iri)));
    }

    @Override
    public void describeInto(Node resource, Graph sink) {
        String iri = describedBy.get(resource);
        if (iri != null) {
            read.add(iri);
            GraphDescriptions.copy(contents.get(iri), resource, sink);
        }
    }

    /** The records read since the last call, except {@code self}; starts a new tally. */
    Set<String> takeRead(String self) {
        Set<String> taken = read;
        taken.remove(self);
        read = new HashSet<>();
        return taken;
    }
}
