package fr.hdh.catalog.core.validation;

import fr.hdh.catalog.ontologies.HealthDCATAP;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Chooses, for each dataset of a record, the profile it is validated against.
 *
 * <p>A dataset is a health dataset, held to HealthDCAT-AP at its access level, when it says so: it uses a
 * HealthDCAT-AP term (a property of the health namespace, or a value typed in it), or its access is
 * RESTRICTED or NON_PUBLIC (sensitive data is what HealthDCAT-AP exists for, and what a health data hub
 * must describe fully). Any other dataset is validated against DCAT-AP 3.0.0: a generic open dataset
 * harvested from a European portal is stored when it meets the profile its publisher follows, rather
 * than rejected for lacking a health category it never claimed. A record without datasets (a producer, a
 * code list) is a health record when it uses the health namespace, DCAT-AP otherwise.
 */
final class ProfileSelection {
    private ProfileSelection() {}

    /** The datasets of {@code content} grouped by profile; one entry with no datasets when it has none. */
    static Map<ValidationProfile, Set<Node>> datasetsByProfile(Graph content) {
        Map<ValidationProfile, Set<Node>> byProfile = new EnumMap<>(ValidationProfile.class);
        content.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(Triple::getSubject)
                .forEachRemaining(d -> byProfile.computeIfAbsent(profileOfDataset(content, d), p -> new LinkedHashSet<>()).add(d));
        if (byProfile.isEmpty()) {
            byProfile.put(usesHealthTerms(content, Node.ANY) ? ValidationProfile.HEALTH_PUBLIC : ValidationProfile.DCAT_AP,
                    new LinkedHashSet<>());
        }
        return byProfile;
    }

    static ValidationProfile profileOfDataset(Graph content, Node dataset) {
        Optional<AccessProfile> level = content.find(dataset, DCTerms.accessRights.asNode(), Node.ANY)
                .mapWith(t -> AccessProfile.of(t.getObject()))
                .filterKeep(Optional::isPresent)
                .mapWith(Optional::get)
                .nextOptional();
        boolean sensitive = level.isPresent() && level.get() != AccessProfile.PUBLIC;
        if (sensitive || usesHealthTerms(content, dataset)) {
            return ValidationProfile.health(level.orElse(AccessProfile.PUBLIC));
        }
        return ValidationProfile.DCAT_AP;
    }

    private static boolean usesHealthTerms(Graph content, Node subject) {
        return content.find(subject, Node.ANY, Node.ANY).filterKeep(ProfileSelection::isHealthTerm).hasNext();
    }

    private static boolean isHealthTerm(Triple t) {
        return inHealthNamespace(t.getPredicate())
                || (t.getPredicate().equals(RDF.type.asNode()) && inHealthNamespace(t.getObject()));
    }

    private static boolean inHealthNamespace(Node n) {
        return n.isURI() && n.getURI().startsWith(HealthDCATAP.NS);
    }
}
