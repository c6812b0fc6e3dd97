package fr.hdh.catalog.web.write;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether an XML body declares a document type, asked of an XML parser (DTD support off, nothing
 * resolved) that reads the prolog up to the root element. The parser detects the encoding as the RDF/XML
 * parser will (UTF-16, UTF-32, EBCDIC, ISO-2022-JP…), where a byte pattern sees {@code <!DOCTYPE} only in
 * ASCII-compatible bodies. A prolog it cannot read is refused as malformed.
 */
final class XmlProlog {
    private XmlProlog() {}

    static boolean declaresDocumentType(byte[] body, String name) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        return true;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return false;
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new MalformedInputException(name, line, e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""), e);
        }
    }
}
