package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.ontologies.Namespaces;
import fr.hdh.catalog.web.page.Formats;
import fr.hdh.catalog.web.page.view.Link;
import fr.hdh.catalog.web.page.view.VariableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A variable for a browser: dataset › table › variable, its name, label, description, type and length,
 * its code list with its first {@value RecordLookups#CODES_SHOWN} codes, its SSSOM mappings to
 * standards, and the variables of the same name in other tables ("also in"), which is how a shared key
 * such as {@code BEN_NIR_PSA} links datasets.
 */
final class VariablePage {
    private VariablePage() {}

    static VariableView view(Places places, RecordLookups lookups, Node column, String path) {
        String name = places.name(column);
        String label = places.labels().of(column);
        List<Link> trail = new ArrayList<>();
        Optional<Node> table = places.tableOf(column);
        table.flatMap(places::groupOf).flatMap(places::datasetOf).ifPresent(d -> trail.add(places.link(d)));
        table.ifPresent(t -> trail.add(places.link(t, places.name(t))));
        Optional<VariableView.CodeList> codeList = places.objects(column, RecordTerms.CODE_LIST).stream().findFirst()
                .map(scheme -> codeList(places, lookups, scheme));
        List<VariableView.Mapping> mappings = lookups.mappings(column).stream().map(m -> new VariableView.Mapping(
                m.predicate().isURI() ? Namespaces.shortForm(m.predicate().getURI()) : places.labels().of(m.predicate()),
                target(places, m), m.status() == null ? "" : status(m.status()))).toList();
        List<VariableView.AlsoIn> alsoIn = places.text(column, RecordTerms.CSVW_NAME)
                .map(n -> lookups.namesakes(NodeFactory.createLiteralString(n), column)).orElse(List.of()).stream()
                .map(s -> new VariableView.AlsoIn(places.link(s.column(), s.tableName() != null
                        ? s.tableName().getLiteralLexicalForm() : places.labels().of(s.table())),
                        Optional.ofNullable(s.dataset()).map(places::link))).toList();
        return new VariableView(trail, name, label.equals(name) ? Optional.empty() : Optional.of(label),
                places.description(column).filter(d -> !d.equals(label)), places.text(column, RecordTerms.CSVW_DATATYPE).orElse(""),
                places.text(column, RecordTerms.FIELD_LENGTH).orElse(""), codeList, mappings, alsoIn, Formats.of(path));
    }

    private static VariableView.CodeList codeList(Places places, RecordLookups lookups, Node scheme) {
        CodePreviews.Preview preview = lookups.codePreview(scheme);
        List<VariableView.Code> codes = preview.first().stream().limit(RecordLookups.CODES_SHOWN).map(c -> {
            String code = places.text(c, RecordTerms.NOTATION).orElseGet(() -> places.labels().of(c));
            String label = places.labels().of(c);
            return new VariableView.Code(places.link(c, code), label.equals(code) ? "" : label);
        }).toList();
        return new VariableView.CodeList(places.link(scheme), preview.count(), codes);
    }

    /** The target by its label, with its prefixed name when it has one; a link to it (an OMOP field here, a FHIR element at HL7) where it may be one. */
    private static Link target(Places places, RecordLookups.Mapping m) {
        Node target = m.target();
        String shown = target.isURI() ? Namespaces.shortForm(target.getURI()).replaceAll("^<(.*)>$", "$1") : places.labels().of(target);
        boolean prefixed = !target.isURI() || !shown.equals(target.getURI());
        String text = m.targetLabel() != null && m.targetLabel().isLiteral()
                ? m.targetLabel().getLiteralLexicalForm() + (prefixed ? " (" + shown + ")" : "") : shown;
        return places.direct(target, text);
    }

    private static String status(Node status) {
        if (status.isLiteral()) {
            return status.getLiteralLexicalForm();
        }
        String iri = status.isURI() ? status.getURI() : status.toString();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
