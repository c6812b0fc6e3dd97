package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.ontologies.ADMS;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.vocab.eu.EuAuthority;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes sample distributions into a dataset's record graph: an open sample the source publishes (a
 * {@code dcat:distribution} with format, size, checksum and a preview), or a synthetic sample generated
 * from the variable dictionary (an {@code adms:sample}, titled and described as synthetic).
 */
public final class SampleDistributions {
    static {
        JenaSystem.init();
    }

    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final Node CSV = NodeFactory.createURI(EuAuthority.FILE_TYPE + "CSV");
    private static final Node SHA256 = NodeFactory.createURI(SPDX + "checksumAlgorithm_sha256");
    private static final Node TYPE = RDF.type.asNode();

    private SampleDistributions() {}

    /**
     * Adds {@code <dataset> dcat:distribution <distribution>} for an open CSV sample. The preview of
     * its first lines is the distribution's {@code dct:description}: it travels with the record (served,
     * harvested, hashed, replaced when the file changes) instead of living in a graph of its own that
     * could drift from it.
     */
    public static void openSample(Graph g, Node dataset, Node distribution, String title, OpenSample sample) {
        g.add(dataset, DCAT.distribution.asNode(), distribution);
        common(g, distribution, sample.downloadUrl());
        g.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        g.add(distribution, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Open sample published by the source. First lines:\n" + sample.preview(), "en"));
        size(g, distribution, sample);
    }

    /**
     * Records on a distribution the source describes what its file measured: {@code dcat:byteSize} and
     * the {@code spdx:checksum} (SHA-256) replace those the source gave, the CSV format is added when it
     * gave none, and the preview of the first lines is an English {@code rdfs:comment} (the publisher's
     * own title and description are left as they are).
     */
    public static void measured(Graph g, Node distribution, OpenSample sample) {
        g.find(distribution, DCAT.byteSize.asNode(), Node.ANY).toList().forEach(g::delete);
        Node checksumProperty = NodeFactory.createURI(SPDX + "checksum");
        for (Triple old : g.find(distribution, checksumProperty, Node.ANY).toList()) {
            g.delete(old);
            if (old.getObject().isBlank() || old.getObject().isURI() && distribution.isURI()
                    && old.getObject().getURI().startsWith(distribution.getURI())) {
                g.find(old.getObject(), Node.ANY, Node.ANY).toList().forEach(g::delete);
            }
        }
        if (!g.contains(distribution, DCTerms.format.asNode(), Node.ANY)) {
            g.add(distribution, DCTerms.format.asNode(), CSV);
        }
        g.add(distribution, RDFS.comment.asNode(), NodeFactory.createLiteralLang(
                "Open sample published by the source. First lines:\n" + sample.preview(), "en"));
        size(g, distribution, sample);
    }

    private static void size(Graph g, Node distribution, OpenSample sample) {
        g.add(distribution, DCAT.byteSize.asNode(),
                NodeFactory.createLiteralDT(Long.toString(sample.byteSize()), XSDDatatype.XSDdecimal));
        Node checksum = distribution.isURI() ? NodeFactory.createURI(distribution.getURI() + "#sha256") : NodeFactory.createBlankNode();
        g.add(distribution, NodeFactory.createURI(SPDX + "checksum"), checksum);
        g.add(checksum, TYPE, NodeFactory.createURI(SPDX + "Checksum"));
        g.add(checksum, NodeFactory.createURI(SPDX + "algorithm"), SHA256);
        g.add(checksum, NodeFactory.createURI(SPDX + "checksumValue"),
                NodeFactory.createLiteralDT(sample.sha256(), XSDDatatype.XSDhexBinary));
    }

    /**
     * Adds {@code <dataset> adms:sample <distribution>} for a synthetic sample of one table, downloaded
     * from {@code downloadUrl}. {@code adms:sample} is the DCAT-AP property for "a sample distribution
     * of the dataset"; the title and description say the rows are synthetic, so nobody mistakes them
     * for data.
     */
    public static void syntheticSample(Graph g, Node dataset, Node distribution, String tableName, String downloadUrl) {
        g.add(dataset, ADMS.sample.asNode(), distribution);
        common(g, distribution, downloadUrl);
        g.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Synthetic sample: " + tableName, "en"));
        g.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Échantillon synthétique : " + tableName, "fr"));
        g.add(distribution, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Synthetic rows generated from the variable dictionary of " + tableName + " (datatypes, lengths, "
                        + "codes of the linked nomenclatures, consistent foreign keys). No real person's data: "
                        + "for testing code and understanding the structure only.", "en"));
    }

    private static void common(Graph g, Node distribution, String downloadUrl) {
        Node url = NodeFactory.createURI(downloadUrl);
        g.add(distribution, TYPE, DCAT.Distribution.asNode());
        g.add(distribution, DCAT.accessURL.asNode(), url);
        g.add(distribution, DCAT.downloadURL.asNode(), url);
        g.add(distribution, DCTerms.format.asNode(), CSV);
        g.add(distribution, DCATAP.applicableLegislation.asNode(), EuAuthority.EHDS_REGULATION);
    }
}
