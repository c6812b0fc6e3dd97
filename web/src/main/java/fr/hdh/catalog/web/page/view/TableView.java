package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * A table's page: where it sits (producer › dataset › table), its name, title and description, its
 * variables as a table (each a link to its page), the other tables of its dataset, and links to its RDF.
 *
 * @param trail the producer and the dataset holding the table, each a link, outermost first
 * @param name its technical name, what researchers search for
 * @param title its title when it says more than the name
 * @param description its description, when it has one
 * @param variables its variables, by name
 * @param otherTables the other tables of the same dataset, by name
 * @param formats the table in the RDF formats
 */
public record TableView(List<Link> trail, String name, Optional<String> title, Optional<String> description,
                        List<Variable> variables, List<Link> otherTables, List<Link> formats) implements PageView {

    /**
     * One row of the table of variables.
     *
     * @param name its name, a link to its page
     * @param label its label
     * @param datatype its data type, as a prefixed name or a label
     * @param length its length, when the dictionary gives one
     * @param codeList its code list, a link to its page
     * @param primaryKey whether it is (part of) the table's primary key
     */
    public record Variable(Link name, String label, String datatype, String length, Optional<Link> codeList,
                           boolean primaryKey) {}

    @Override
    public String template() {
        return "table.jte";
    }

    @Override
    public String title(Messages m) {
        return m.f("record.table.title", name);
    }
}
