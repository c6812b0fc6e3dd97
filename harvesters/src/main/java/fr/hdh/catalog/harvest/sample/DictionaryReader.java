package fr.hdh.catalog.harvest.sample;

import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the variable dictionary of one table (columns, datatypes, lengths, code lists, keys) from the
 * catalogue's union graph. Call inside a read transaction of the store.
 */
final class DictionaryReader {
    static {
        // Jena must be initialised before its vocabulary classes, or RDF.type can be read as null.
        JenaSystem.init();
    }

    private final Graph graph;

    DictionaryReader(Graph graph) {
        this.graph = graph;
    }

    /** The table at {@code iri}, or empty when the catalogue holds no {@code csvw:Table} there. */
    Optional<SampleTable> table(String iri) {
        Node table = NodeFactory.createURI(iri);
        if (!graph.contains(table, RDF.type.asNode(), CSVW.Table.asNode())) {
            return Optional.empty();
        }
        List<SampleColumn> columns = new ArrayList<>();
        graph.find(table, CSVW.column.asNode(), Node.ANY).forEachRemaining(t -> columns.add(column(t.getObject())));
        columns.sort(Comparator.comparing(SampleColumn::name));
        Set<String> keys = new HashSet<>(literal(table, CSVW.primaryKey.asNode()).map(DictionaryReader::names).orElse(List.of()));
        graph.find(Node.ANY, CSVW.resource.asNode(), table).forEachRemaining(t ->
                literal(t.getSubject(), CSVW.columnReference.asNode()).map(DictionaryReader::names).ifPresent(keys::addAll));
        String name = literal(table, CSVW.name.asNode()).orElse(iri);
        return Optional.of(new SampleTable(iri, name, columns, foreignKeys(table), keys));
    }

    private SampleColumn column(Node column) {
        String name = literal(column, CSVW.name.asNode()).orElse(column.toString());
        return new SampleColumn(name,
                literal(column, CSVW.datatype.asNode()).orElse("string"),
                literal(column, HDH.fieldLength.asNode()),
                graph.find(column, HDH.codeList.asNode(), Node.ANY).nextOptional()
                        .map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI));
    }

    private List<SampleForeignKey> foreignKeys(Node table) {
        List<SampleForeignKey> keys = new ArrayList<>();
        List<Node> fks = graph.find(table, CSVW.foreignKey.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        fks.sort(Comparator.comparing(Node::toString));
        for (Node fk : fks) {
            Optional<Node> reference = graph.find(fk, CSVW.reference.asNode(), Node.ANY).nextOptional().map(t -> t.getObject());
            Optional<Node> target = reference.flatMap(r -> graph.find(r, CSVW.resource.asNode(), Node.ANY).nextOptional())
                    .map(t -> t.getObject()).filter(Node::isURI);
            Optional<String> from = literal(fk, CSVW.columnReference.asNode());
            Optional<String> to = reference.flatMap(r -> literal(r, CSVW.columnReference.asNode()));
            if (target.isPresent() && from.isPresent() && to.isPresent()
                    && names(from.get()).size() == names(to.get()).size()) {
                keys.add(new SampleForeignKey(names(from.get()), target.get().getURI(), names(to.get())));
            }
        }
        return keys;
    }

    private Optional<String> literal(Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).nextOptional()
                .map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** A csvw column list: comma-separated names. */
    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
