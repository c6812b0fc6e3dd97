package fr.hdh.catalog.harvest.catalogue;

import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.CV;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VCARD4;

/**
 * One producer row as a PRODUCER record: an organisation with its name, publisher type, website,
 * city and the single contact point HealthDCAT-AP requires of publishers and access bodies.
 *
 * <p>The contact point's page is the producer's website. Two producers have none in the source (the
 * complementary insurers as a group, and the network of nine cancer centres); their contact page is
 * the website of the Health Data Hub, the access body through which all their data is requested,
 * rather than an address we would have to invent.
 */
final class ProducerRecords {
    private final CatalogIris iris;
    private final RecordSource source;
    private final String hdabWebsite;

    /** @param hdabWebsite the access body's website, the contact page of producers without one */
    ProducerRecords(CatalogIris iris, RecordSource source, String hdabWebsite) {
        this.iris = iris;
        this.source = source;
        this.hdabWebsite = hdabWebsite;
    }

    CatalogRecord record(CsvRow row) {
        String iri = iris.producer(row.get("id"));
        Node producer = RecordGraph.iri(iri);
        Node contact = RecordGraph.iri(iri + "#contact");
        RecordGraph g = new RecordGraph()
                .type(producer, FOAF.Organization, FOAF.Agent)
                .text(producer, FOAF.name, row.get("name"), "fr")
                .link(producer, DCTerms.type, PublisherTypes.of(row))
                .link(producer, CV.contactPoint, contact)
                .type(contact, CV.ContactPoint)
                .link(contact, CV.contactPage, RecordGraph.iri(row.has("website") ? row.get("website") : hdabWebsite));
        if (row.has("website")) {
            g.link(producer, FOAF.homepage, RecordGraph.iri(row.get("website")));
        }
        if (row.has("city")) {
            Node address = RecordGraph.iri(iri + "#address");
            g.link(producer, VCARD4.hasAddress, address)
                    .type(address, VCARD4.Address)
                    .string(address, VCARD4.locality, row.get("city"));
        }
        return new CatalogRecord(iri, RecordKind.PRODUCER, g.graph(), source);
    }
}
