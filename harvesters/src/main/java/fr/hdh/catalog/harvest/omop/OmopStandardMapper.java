package fr.hdh.catalog.harvest.omop;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.text.TextRepair;
import fr.hdh.catalog.harvest.tableschema.CsvwForeignKeys;
import fr.hdh.catalog.ontologies.CSVW;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the tables and fields of an OMOP CDM specification as the csvw parts of a standard:
 * {@code <standard> dct:hasPart <table>}, each table a {@code csvw:Table} with its columns, primary key
 * and foreign keys. The specification names referenced tables and fields in upper case
 * ({@code CONCEPT.CONCEPT_ID}) but the tables themselves in lower case; references are lower-cased
 * so they name the published table and column.
 */
final class OmopStandardMapper {
    private static final String ENGLISH = "en";
    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    private static final Node NAME = CSVW.name.asNode();

    private final CatalogIris iris;
    private final String standardId;

    OmopStandardMapper(CatalogIris iris, String standardId) {
        this.iris = iris;
        this.standardId = standardId;
    }

    void addTables(Graph g, Node standard, OmopSpecification spec) {
        Set<String> known = spec.tables().stream().map(OmopTable::name).collect(Collectors.toSet());
        for (OmopTable table : spec.tables()) {
            Node t = NodeFactory.createURI(iris.standardTable(standardId, table.name()));
            g.add(standard, DCTerms.hasPart.asNode(), t);
            addTable(g, t, table, spec.fieldsOf(table.name()), known);
        }
    }

    private void addTable(Graph g, Node t, OmopTable table, List<OmopField> fields, Set<String> known) {
        g.add(t, TYPE, CSVW.Table.asNode());
        g.add(t, NAME, NodeFactory.createLiteralString(table.name()));
        g.add(t, TITLE, NodeFactory.createLiteralLang(table.name(), ENGLISH));
        g.add(t, DESCRIPTION, NodeFactory.createLiteralLang(tableDescription(table), ENGLISH));
        List<String> primaryKey = new ArrayList<>();
        int foreignKeys = 0;
        for (OmopField field : fields) {
            g.add(t, CSVW.column.asNode(), addColumn(g, table.name(), field));
            if (field.primaryKey()) {
                primaryKey.add(field.name());
            }
            if (field.isForeignKey()) {
                String target = field.foreignTable().toLowerCase(Locale.ROOT);
                if (!known.contains(target)) {
                    continue; // a key to a table outside the model would point to nothing
                }
                foreignKeys++;
                CsvwForeignKeys.add(g, t, foreignKeys, List.of(field.name()),
                        NodeFactory.createURI(iris.standardTable(standardId, target)),
                        List.of(field.foreignField().toLowerCase(Locale.ROOT)));
            }
        }
        if (!primaryKey.isEmpty()) {
            g.add(t, CSVW.primaryKey.asNode(), NodeFactory.createLiteralString(String.join(",", primaryKey)));
        }
    }

    private Node addColumn(Graph g, String table, OmopField field) {
        Node c = NodeFactory.createURI(iris.standardField(standardId, table, field.name()));
        g.add(c, TYPE, CSVW.Column.asNode());
        g.add(c, NAME, NodeFactory.createLiteralString(field.name()));
        g.add(c, CSVW.title.asNode(), NodeFactory.createLiteralLang(field.name(), ENGLISH));
        g.add(c, DESCRIPTION, NodeFactory.createLiteralLang(fieldDescription(field), ENGLISH));
        // One field of the published CSV spells its type "Integer"; the others are lower case.
        String datatype = field.datatype().isEmpty() ? "string" : field.datatype();
        g.add(c, CSVW.datatype.asNode(), NodeFactory.createLiteralString(
                datatype.equals("Integer") ? "integer" : datatype));
        g.add(c, CSVW.required.asNode(),
                NodeFactory.createLiteralDT(Boolean.toString(field.required()), XSDDatatype.XSDboolean));
        return c;
    }

    private static String tableDescription(OmopTable table) {
        return joined(table.name(), table.description(), table.userGuidance(), table.etlConventions());
    }

    /**
     * The field's guidance and ETL conventions; a third of the fields have neither, and the profile
     * requires a description on every column, so the field's name stands in.
     */
    private static String fieldDescription(OmopField field) {
        return joined(field.name(), field.userGuidance(), "", field.etlConventions());
    }

    private static String joined(String fallback, String first, String guidance, String conventions) {
        List<String> parts = new ArrayList<>();
        add(parts, "", first);
        add(parts, "User guidance: ", guidance);
        add(parts, "ETL conventions: ", conventions);
        return parts.isEmpty() ? fallback : String.join("\n", parts);
    }

    private static void add(List<String> parts, String heading, String text) {
        String repaired = TextRepair.repair(text);
        if (!repaired.isEmpty()) {
            parts.add(heading + repaired);
        }
    }
}
