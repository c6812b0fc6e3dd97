package fr.hdh.catalog.harvest.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** An open CSV sample recorded as a distribution, on a real open CSV (the OMOP CDM 5.4 table-level specification). */
class OpenSampleTest {
    private static final String CSV = "/hdh/demo/omop/OMOP_CDMv5.4_Table_Level.csv";

    @Test
    void sizeChecksumAndPreviewOfARealCsv() throws IOException {
        byte[] bytes = read();
        OpenSample sample = OpenSample.of("https://example.org/omop-tables.csv", bytes);
        assertEquals(bytes.length, sample.byteSize());
        // The OMOP rows are long: the preview stops at its character budget, after the header and two rows.
        assertTrue(sample.previewLines().size() >= 2 && sample.previewLines().size() <= OpenSample.PREVIEW_LINES);
        assertTrue(sample.preview().length() <= OpenSample.PREVIEW_CHARS + OpenSample.PREVIEW_LINES);
        assertTrue(sample.previewLines().get(0).startsWith("cdmTableName"), sample.previewLines().get(0));
        assertEquals(64, sample.sha256().length());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                OpenSample.of("urn:x", "abc".getBytes(StandardCharsets.US_ASCII)).sha256(), "SHA-256 of 'abc' (FIPS 180-2)");
    }

    @Test
    void distributionHasCsvFormatByteSizeChecksumAndPreview() throws IOException {
        OpenSample sample = OpenSample.of("https://example.org/omop-tables.csv", read());
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI("http://test.example/dataset/x");
        Node distribution = NodeFactory.createURI("http://test.example/dataset/x/distribution/open-sample");
        SampleDistributions.openSample(g, dataset, distribution, "Open sample", sample);
        assertTrue(g.contains(dataset, DCAT.distribution.asNode(), distribution));
        assertTrue(g.contains(distribution, DCTerms.format.asNode(), SampleDistributions.CSV));
        assertTrue(g.contains(distribution, DCAT.byteSize.asNode(),
                NodeFactory.createLiteralDT(Long.toString(sample.byteSize()), XSDDatatype.XSDdecimal)));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(SampleDistributions.SPDX + "checksumValue"),
                NodeFactory.createLiteralDT(sample.sha256(), XSDDatatype.XSDhexBinary)));
        String description = g.find(distribution, DCTerms.description.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(description.contains(List.copyOf(sample.previewLines()).get(1)), description);
    }

    private static byte[] read() throws IOException {
        try (InputStream in = OpenSampleTest.class.getResourceAsStream(CSV)) {
            return in.readAllBytes();
        }
    }
}
