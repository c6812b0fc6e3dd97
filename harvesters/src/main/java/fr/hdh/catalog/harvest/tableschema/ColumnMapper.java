package fr.hdh.catalog.harvest.tableschema;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes one SNDS field as a {@code csvw:Column}: name, title, description, exactly one datatype, the
 * declared length and the link to the field's nomenclature.
 */
final class ColumnMapper {
    /** The SNDS code lists are published under this vocabulary source (see the nomenclature reader). */
    static final String CODE_LIST_SOURCE = "snds";
    private static final String FRENCH = "fr";

    /**
     * Table Schema types whose csvw built-in datatype has another name; the other SNDS types
     * (string, integer, number, date, boolean) are csvw names already.
     */
    private static final Map<String, String> CSVW_DATATYPE = Map.of(
            "year", "gYear",
            "yearmonth", "gYearMonth",
            "datetime", "dateTime",
            "object", "json",
            "array", "json",
            "geojson", "json",
            "geopoint", "string",
            "list", "string",
            "any", "anyAtomicType");

    /** Every type of the Table Schema specification (v1 and v2), by its name there. */
    static final Set<String> TABLE_SCHEMA_TYPES = Set.of("string", "number", "integer", "boolean", "object", "array",
            "list", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");

    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node COLUMN = CSVW.Column.asNode();
    private static final Node NAME = CSVW.name.asNode();
    private static final Node TITLE = CSVW.title.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    private static final Node DATATYPE = CSVW.datatype.asNode();
    private static final Node FIELD_LENGTH = HDH.fieldLength.asNode();
    private static final Node CODE_LIST = HDH.codeList.asNode();

    private final CatalogIris iris;

    ColumnMapper(CatalogIris iris) {
        this.iris = iris;
    }

    /** Adds the column of {@code field} to {@code g} and returns its node. */
    Node add(Graph g, String datasetId, String table, FieldSchema field) {
        Node column = NodeFactory.createURI(iris.variable(datasetId, table, field.name()));
        g.add(column, TYPE, COLUMN);
        g.add(column, NAME, NodeFactory.createLiteralString(field.name()));
        g.add(column, TITLE, NodeFactory.createLiteralLang(ColumnText.title(field), FRENCH));
        g.add(column, DESCRIPTION, NodeFactory.createLiteralLang(ColumnText.description(field), FRENCH));
        g.add(column, DATATYPE, NodeFactory.createLiteralString(csvwDatatype(field.type())));
        String length = field.length().trim();
        if (!length.isEmpty()) {
            g.add(column, FIELD_LENGTH, NodeFactory.createLiteralString(length));
        }
        field.codeListName().ifPresent(name -> g.add(column, CODE_LIST,
                NodeFactory.createURI(iris.vocabulary(CODE_LIST_SOURCE, name))));
        return column;
    }

    /** The csvw built-in datatype name for a Table Schema type; {@code string} when the type is missing. */
    static String csvwDatatype(String tableSchemaType) {
        String type = tableSchemaType == null ? "" : tableSchemaType.trim().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return "string";
        }
        return CSVW_DATATYPE.getOrDefault(type, type);
    }
}
