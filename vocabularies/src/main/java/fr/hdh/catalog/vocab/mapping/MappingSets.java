package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.record.Change;
import fr.hdh.catalog.ontologies.NamedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;

/**
 * The catalogue's mapping sets: each stored as one record of kind {@code MAPPING_SET}, one named graph
 * written through the one writer ({@code RecordService}), named as {@link MappingSetRecords} says. A set
 * posted again with the same {@code mapping_set_id} replaces the one stored. Reads give a set back in the
 * SSSOM model; a review changes one mapping's status and reviewer and writes the set again.
 *
 * <pre>
 * MappingSets sets = new MappingSets(catalog);
 * String iri = sets.put(set, new RecordSource("api:mappings", "alice"));
 * MappingSet all = sets.select(MappingQuery.ALL);
 * </pre>
 */
public final class MappingSets {
    private static final Query SETS = NamedQuery.parse("mapping-sets.rq");
    private final Catalog catalog;
    private final MappingSetRecords records;

    public MappingSets(Catalog catalog) {
        this.catalog = catalog;
        this.records = new MappingSetRecords(catalog.iris());
    }

    /** The record IRI of the set whose {@code mapping_set_id} is {@code mappingSetId}. */
    public String recordIri(String mappingSetId) {
        return records.recordIri(mappingSetId);
    }

    /** Stores {@code set} (validated, one transaction), replacing the set of the same id; answers its IRI. */
    public synchronized String put(MappingSet set, RecordSource source) {
        String iri = recordIri(set.id());
        write(set, iri, source);
        return iri;
    }

    /** The IRIs of the stored sets. */
    public List<String> setIris() {
        return catalog.store().read(() -> {
            List<String> iris = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(catalog.store().datasetGraph()).query(SETS).build()) {
                exec.select().forEachRemaining(b -> iris.add(b.get("set").getURI()));
            }
            return iris;
        });
    }

    /** The stored set {@code iri}. */
    public Optional<MappingSet> get(String iri) {
        return catalog.records().content(iri).filter(g -> g.contains(NodeFactory.createURI(iri),
                RDF.type.asNode(), MappingSetGraph.MAPPING_SET))
                .map(g -> MappingSetGraph.fromGraph(g, iri));
    }

    /**
     * The mappings {@code query} asks for, as one set: the stored set itself when the query names one (by
     * its record IRI or its {@code mapping_set_id}),
     * else every set's joined (see {@link MappingSetMerge}).
     *
     * @throws RecordNotFoundException when the query names a set that is not stored
     */
    public MappingSet select(MappingQuery query) {
        if (query.set().isPresent()) {
            String wanted = query.set().get();
            MappingSet set = get(recordIri(wanted)).or(() -> get(wanted))
                    .orElseThrow(() -> new RecordNotFoundException(wanted));
            Curies curies = set.curies();
            return set.filter(m -> query.accepts(m, curies));
        }
        Map<String, MappingSet> sets = new LinkedHashMap<>();
        for (String iri : setIris()) {
            get(iri).ifPresent(set -> {
                Curies curies = set.curies();
                sets.put(iri, set.filter(m -> query.accepts(m, curies)));
            });
        }
        return MappingSetMerge.merge(catalog.iris().base() + "api/mappings", "Mappings of the catalogue", sets);
    }

    /** What a review did: the set the mapping is in, and the mapping as it now reads. */
    public record Review(String setIri, Mapping mapping) {}

    /**
     * Sets the status of mapping {@code mappingIri} ({@code <set>/mapping/<n>}) to {@code status}, its
     * reviewer to {@code reviewerIri} and its review date to today, with an optional comment; writes the
     * set again through the writer. Reviews and puts through this service are one at a time, so two
     * reviews of one set do not lose each other's change.
     *
     * @throws RecordNotFoundException when there is no such mapping
     */
    public synchronized Review review(String mappingIri, MappingStatus status, String reviewerIri, Optional<String> comment,
            RecordSource source) {
        int at = mappingIri.lastIndexOf("/mapping/");
        String setIri = at < 0 ? "" : mappingIri.substring(0, at);
        MappingSet set = (at < 0 ? Optional.<MappingSet>empty() : get(setIri))
                .orElseThrow(() -> new RecordNotFoundException(mappingIri));
        int n;
        try {
            n = Integer.parseInt(mappingIri.substring(at + "/mapping/".length()));
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException(mappingIri);
        }
        if (n < 1 || n > set.mappings().size()) {
            throw new RecordNotFoundException(mappingIri);
        }
        MappingSet declared = set.withExtension(MappingStatus.definition());
        String reviewer = declared.curies().compact(reviewerIri);
        if (reviewer.equals(reviewerIri)) {
            String agents = catalog.iris().agent("");
            if (reviewerIri.startsWith(agents)) {
                declared = declared.withPrefix("hdhagent", agents);
                reviewer = declared.curies().compact(reviewerIri);
            }
        }
        Mapping reviewed = declared.mappings().get(n - 1).with(MappingStatus.SLOT, status.value())
                .with("reviewer_id", reviewer).with("review_date", LocalDate.now(ZoneOffset.UTC).toString());
        if (comment.isPresent() && !comment.get().isBlank()) {
            reviewed = reviewed.with("comment", comment.get().strip());
        }
        List<Mapping> mappings = new ArrayList<>(declared.mappings());
        mappings.set(n - 1, reviewed);
        write(declared.withMappings(mappings), setIri, source);
        return new Review(setIri, reviewed);
    }

    private Change write(MappingSet set, String iri, RecordSource source) {
        return catalog.records().put(MappingSetRecords.record(set, iri, source));
    }
}
