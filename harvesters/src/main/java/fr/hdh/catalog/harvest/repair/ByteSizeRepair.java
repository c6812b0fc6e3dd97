package fr.hdh.catalog.harvest.repair;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;

/**
 * An integral {@code dcat:byteSize} given as text or as {@code xsd:integer} / {@code xsd:nonNegativeInteger}
 * (DCAT-AP 3.0.1 and the HealthDCAT-AP example write it so) → {@code xsd:decimal}, the datatype of DCAT-AP
 * 3.0.0, which HealthDCAT-AP r8 and this catalogue validate with; the number is unchanged.
 */
final class ByteSizeRepair extends ValueRepair {
    private static final Pattern INTEGRAL = Pattern.compile("\\+?\\d+(\\.0*)?");

    ByteSizeRepair() {
        super("byte-size", Set.of(DCAT.byteSize.asNode()));
    }

    @Override
    Optional<Node> repaired(Node property, Node value) {
        if (!value.isLiteral()) {
            return Optional.empty();
        }
        String type = value.getLiteralDatatypeURI();
        boolean integral = XSDDatatype.XSDinteger.getURI().equals(type) || XSDDatatype.XSDnonNegativeInteger.getURI().equals(type)
                || XSDDatatype.XSDlong.getURI().equals(type) || XSDDatatype.XSDint.getURI().equals(type)
                || XSDDatatype.XSDpositiveInteger.getURI().equals(type) || text(value).isPresent();
        String text = value.getLiteralLexicalForm().trim();
        if (!integral || !INTEGRAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(text.replaceFirst("^\\+", "").replaceFirst("\\.0*$", ""), XSDDatatype.XSDdecimal));
    }

    @Override
    String reason() {
        return "a size in bytes typed xsd:decimal, as DCAT-AP 3.0.0 wants";
    }
}
