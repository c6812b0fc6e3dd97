package fr.hdh.catalog.web.dcat;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemaps.org XML listing the pages web search engines should index, written by the JDK's XML writer (which escapes). */
final class Sitemap {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    /** A page and its last change. */
    record Entry(String url, Optional<Instant> lastModified) {}

    static void write(List<Entry> entries, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            for (Entry e : entries) {
                xml.writeCharacters("  ");
                xml.writeStartElement("url");
                element(xml, "loc", e.url());
                if (e.lastModified().isPresent()) {
                    element(xml, "lastmod", e.lastModified().get().toString());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the sitemap", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
