package fr.hdh.catalog.harvest.codelist;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.csv.CsvReader;
import fr.hdh.catalog.harvest.csv.CsvRow;
import fr.hdh.catalog.vocab.scheme.SchemeGraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the code list template: a CSV file (UTF-8, comma-separated, RFC 4180, one header row) with one
 * row per code. Columns:
 * <table>
 * <tr><td>{@code code}</td><td>required</td><td>the code, unique in the list ({@code skos:notation})</td></tr>
 * <tr><td>{@code label_fr}, {@code label_en}</td><td>one of the two in each row</td><td>the label in French, in English ({@code skos:prefLabel})</td></tr>
 * <tr><td>{@code parent}</td><td>optional</td><td>the code of the broader concept, a code of the same list ({@code skos:broader})</td></tr>
 * <tr><td>{@code synonyms_fr}, {@code synonyms_en}</td><td>optional</td><td>other labels, separated by {@code |} ({@code skos:altLabel})</td></tr>
 * <tr><td>{@code definition_fr}, {@code definition_en}</td><td>optional</td><td>what the code means ({@code skos:definition})</td></tr>
 * </table>
 * The template with an example is {@code docs/code-list-template.csv}. A file that breaks a rule (a column
 * unknown, a code empty or given twice, a row without label, a parent not in the list, parents going
 * round in a cycle, text that is not UTF-8) is refused whole, with the line and the column at fault.
 *
 * <pre>
 * SchemeGraph scheme = CodeListCsv.read(bytes, "list.csv", iris, "https://example.org/vocabulary/x", "Ma liste");
 * </pre>
 */
public final class CodeListCsv {
    static {
        JenaSystem.init();
    }

    static final List<String> COLUMNS = List.of("code", "label_fr", "label_en", "parent", "synonyms_fr", "synonyms_en",
            "definition_fr", "definition_en");
    private static final List<String> LANGUAGES = List.of("fr", "en");

    private CodeListCsv() {}

    /**
     * The scheme {@code schemeIri}, titled {@code title} (in French), with one concept per row of {@code body}.
     *
     * @throws MalformedInputException naming {@code source}, the line and the column
     */
    public static SchemeGraph read(byte[] body, String source, CatalogIris iris, String schemeIri, String title) {
        List<CsvRow> rows = rows(body, source);
        List<String> header = header(body);
        Map<String, CsvRow> byCode = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String code = row.get("code");
            if (code.isEmpty()) {
                throw at(header, row, "code", "empty; every row needs a code");
            }
            CsvRow first = byCode.putIfAbsent(code, row);
            if (first != null) {
                throw at(header, row, "code", "code " + code + " is given twice (first on line " + first.line() + ")");
            }
            if (optional(row, "label_fr").isEmpty() && optional(row, "label_en").isEmpty()) {
                throw at(header, row, "label_fr", "empty, and label_en too; every code needs a label");
            }
        }
        for (CsvRow row : rows) {
            String parent = optional(row, "parent");
            if (!parent.isEmpty() && !byCode.containsKey(parent)) {
                throw at(header, row, "parent", "code " + parent + " is not in the list");
            }
        }
        checkAcyclic(byCode, header);
        Graph g = GraphFactory.createDefaultGraph();
        Node scheme = NodeFactory.createURI(schemeIri);
        Node titleLiteral = NodeFactory.createLiteralLang(title, "fr");
        g.add(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode());
        g.add(scheme, DCTerms.title.asNode(), titleLiteral);
        g.add(scheme, SKOS.prefLabel.asNode(), titleLiteral);
        for (CsvRow row : rows) {
            addConcept(g, scheme, row, iris, schemeIri);
        }
        return new SchemeGraph(schemeIri, g, Optional.empty());
    }

    private static void addConcept(Graph g, Node scheme, CsvRow row, CatalogIris iris, String schemeIri) {
        Node concept = NodeFactory.createURI(iris.concept(schemeIri, row.get("code")));
        g.add(concept, RDF.type.asNode(), SKOS.Concept.asNode());
        g.add(concept, SKOS.inScheme.asNode(), scheme);
        g.add(concept, SKOS.notation.asNode(), NodeFactory.createLiteralString(row.get("code")));
        for (String lang : LANGUAGES) {
            text(g, concept, SKOS.prefLabel.asNode(), optional(row, "label_" + lang), lang);
            text(g, concept, SKOS.definition.asNode(), optional(row, "definition_" + lang), lang);
            for (String synonym : optional(row, "synonyms_" + lang).split("\\|")) {
                text(g, concept, SKOS.altLabel.asNode(), synonym.strip(), lang);
            }
        }
        String parent = optional(row, "parent");
        if (!parent.isEmpty()) {
            g.add(concept, SKOS.broader.asNode(), NodeFactory.createURI(iris.concept(schemeIri, parent)));
        }
    }

    private static void text(Graph g, Node s, Node p, String text, String lang) {
        if (!text.isEmpty()) {
            g.add(s, p, NodeFactory.createLiteralLang(text, lang));
        }
    }

    private static List<CsvRow> rows(byte[] body, String source) {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<CsvRow> rows;
        try {
            rows = CsvReader.read(new InputStreamReader(new ByteArrayInputStream(body), utf8), source);
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(source, -1, "not UTF-8 text: save the file as CSV UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new MalformedInputException(source, 2, "no code: the file has a header and no row", null);
        }
        Set<String> present = rows.get(0).cells().keySet();
        List<String> unknown = present.stream().filter(c -> !COLUMNS.contains(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new MalformedInputException(source, 1, "unknown column " + String.join(", ", unknown)
                    + " (the template's columns are " + String.join(", ", COLUMNS) + ")", null);
        }
        if (!present.contains("code") || !present.contains("label_fr") && !present.contains("label_en")) {
            throw new MalformedInputException(source, 1, "missing column: code and label_fr or label_en are required", null);
        }
        return rows;
    }

    /** The column names in the order of the header (the rows keep them unordered). */
    private static List<String> header(byte[] body) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            List<String> names = new ArrayList<>(parser.iterator().next().toList());
            if (!names.isEmpty()) {
                names.set(0, names.get(0).replace("\uFEFF", ""));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkAcyclic(Map<String, CsvRow> byCode, List<String> header) {
        Set<String> done = new HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String code = start;
            while (!code.isEmpty() && !done.contains(code)) {
                if (!onPath.add(code)) {
                    List<String> cycle = path.subList(path.indexOf(code), path.size());
                    throw at(header, byCode.get(code), "parent", "the parents go round in a cycle: "
                            + String.join(" → ", cycle) + " → " + code);
                }
                path.add(code);
                code = optional(byCode.get(code), "parent");
            }
            done.addAll(path);
        }
    }

    private static String optional(CsvRow row, String column) {
        return row.cells().containsKey(column) ? row.get(column) : "";
    }

    /** The problem at {@code column} of {@code row}, named by its number in the header (1 for the first) and its name. */
    private static MalformedInputException at(List<String> header, CsvRow row, String column, String problem) {
        int index = header.indexOf(column) + 1;
        String where = index > 0 ? "column " + index + " (" + column + ")" : "column " + column;
        return new MalformedInputException(row.source(), row.line(), where + ": " + problem, null);
    }
}
