package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * Any resource that is not a dataset (a producer, table, variable, code list, concept): its properties,
 * then what is described beneath it, folded with their properties when few ({@code details}), one line
 * each when many ({@code lines}).
 *
 * @param title its label
 * @param iri its IRI, shown as text
 * @param properties its properties and values, by property
 * @param details the resources beneath, when few
 * @param members the resources beneath, when many: one page of them, code then label
 * @param formats the resource in the RDF formats
 */
public record ResourceView(String title, String iri, List<Property> properties, List<Member> details,
                           Optional<MemberList> members, List<Link> formats) implements PageView {

    /** A property row: the property's short name, and its value (a link or text, with its language tag). */
    public record Property(String property, Link value, String lang) {}

    /** A resource beneath: its code or name when it has one ({@code DGN_PAL}), a link to its page, its properties. */
    public record Member(Optional<String> code, Link link, List<Property> properties) {}

    /** A resource beneath on one line: its code (a link) and its label when it says more. */
    public record Line(Link code, Optional<String> label) {}

    @Override
    public String template() {
        return "resource.jte";
    }

    @Override
    public String title(Messages m) {
        return title;
    }
}
