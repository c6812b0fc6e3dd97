package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML with every door to the outside shut: a document type declaration is refused outright (so
 * no external entity, parameter entity or entity expansion bomb can be declared), external DTDs and
 * schemas are never loaded, XInclude is off. FHIR XML needs none of these.
 */
final class SecureXml {
    private SecureXml() {}

    /**
     * Refuses {@code xml} unless it is well-formed XML without a document type declaration, before any other parser
     * sees it.
     *
     * @throws MalformedInputException naming {@code source}, and the line and column when the parser gives them
     */
    static void check(byte[] xml, String source) {
        try {
            parse(xml);
        } catch (SAXParseException e) {
            throw new MalformedInputException(source, e.getLineNumber(), "column " + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new MalformedInputException(source, -1, "not XML: " + e.getMessage(), e);
        }
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be secured", e);
        }
    }

    /** One element (with the namespaces it uses) as an XML string. */
    static String serialize(Element element) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write back a parsed XML element", e);
        }
    }
}
