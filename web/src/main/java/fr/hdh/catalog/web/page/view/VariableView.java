package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * A variable's page: where it sits (dataset › table › variable), its name, label, description, type and
 * length, its code list with its first codes, its mappings to standards, and the other tables of the
 * catalogue that have a variable of the same name (a shared key links datasets).
 *
 * @param trail the dataset and the table holding the variable, each a link, outermost first
 * @param name its technical name
 * @param label its label, when it says more than the name
 * @param description its description, when it has one
 * @param datatype its data type, empty when not given
 * @param length its length, empty when not given
 * @param codeList its code list, when it has one
 * @param mappings its mappings to standards (OMOP, FHIR), in the order of their predicate
 * @param alsoIn the variables of the same name in other tables
 * @param formats the variable in the RDF formats
 */
public record VariableView(List<Link> trail, String name, Optional<String> label, Optional<String> description,
                           String datatype, String length, Optional<CodeList> codeList, List<Mapping> mappings,
                           List<AlsoIn> alsoIn, List<Link> formats) implements PageView {

    /**
     * A code list and its first codes.
     *
     * @param link the code list, a link to its page (paged and searchable)
     * @param total how many codes it holds
     * @param codes its first codes, by code, each a link to its page
     */
    public record CodeList(Link link, long total, List<Code> codes) {}

    /** A code and its label (empty when it has none beyond the code). */
    public record Code(Link code, String label) {}

    /**
     * A mapping of the variable to a standard.
     *
     * @param predicate how it maps ({@code skos:closeMatch}), as a prefixed name
     * @param target what it maps to (an OMOP field, a FHIR element), a link where it may be one
     * @param status the review status ({@code proposed}), empty when the set gives none
     */
    public record Mapping(String predicate, Link target, String status) {}

    /** A variable of the same name: its table (a link to the variable's page) and the table's dataset. */
    public record AlsoIn(Link variable, Optional<Link> dataset) {}

    @Override
    public String template() {
        return "variable.jte";
    }

    @Override
    public String title(Messages m) {
        return m.f("record.variable.title", name);
    }
}
