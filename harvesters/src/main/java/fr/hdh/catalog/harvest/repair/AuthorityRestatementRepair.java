package fr.hdh.catalog.harvest.repair;

import fr.hdh.catalog.core.validation.Amendment;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * An EU authority IRI (a data theme, language, file type, licence, access right, frequency…) that the
 * source describes again: its statements are dropped and the node's own copy of the authority table
 * stands. Portals restate the concepts they use, often in their own way ({@code dct:title} instead of
 * {@code skos:prefLabel}, another type), and those statements are not theirs to make. A value written
 * with {@code https://} for the authority's {@code http://} namespace is read as the authority's IRI.
 */
final class AuthorityRestatementRepair implements Repair {
    private static final String HTTPS_AUTHORITY = "https" + EuAuthority.AUTHORITY.substring("http".length());

    @Override
    public String kind() {
        return "authority-restated";
    }

    @Override
    public void apply(String recordIri, Graph content, List<Amendment> log) {
        for (Triple t : content.find().toList()) {
            Node s = t.getSubject();
            Node o = t.getObject();
            if (s.isURI() && (s.getURI().startsWith(EuAuthority.AUTHORITY) || s.getURI().startsWith(HTTPS_AUTHORITY))) {
                content.delete(t);
                log.add(Amendment.repair(kind(), recordIri, t, null, "the EU authority table describes this concept"));
            } else if (o.isURI() && o.getURI().startsWith(HTTPS_AUTHORITY)) {
                Triple fixed = Triple.create(s, t.getPredicate(),
                        NodeFactory.createURI(EuAuthority.AUTHORITY + o.getURI().substring(HTTPS_AUTHORITY.length())));
                content.delete(t);
                content.add(fixed);
                log.add(Amendment.repair("authority-iri", recordIri, t, fixed, "the EU authority's IRIs are http"));
            }
        }
    }
}
