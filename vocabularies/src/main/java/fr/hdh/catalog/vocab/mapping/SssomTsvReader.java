package fr.hdh.catalog.vocab.mapping;

import fr.hdh.catalog.core.MalformedInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an SSSOM TSV file with its metadata embedded: the {@code #}-prefixed YAML header, then one row
 * of column names and one row per mapping (cells quoted as in CSV when they hold a tab, quote or line
 * break). Every problem stops the read with the line and column it is on. The slots SSSOM renamed in 0.9.1
 * ({@code match_type}…) are read as today's ({@link SssomLegacySlots}).
 *
 * <pre>
 * MappingSet set = SssomTsvReader.read("mp_hp_eye_impc.sssom.tsv", text);
 * </pre>
 */
public final class SssomTsvReader {
    /** The columns every file must have (one of two where SSSOM allows a label for a literal). */
    private static final List<List<String>> REQUIRED = List.of(List.of("subject_id", "subject_label"),
            List.of("predicate_id"), List.of("object_id", "object_label"), List.of("mapping_justification"));
    private static final Pattern TRAILING_TABS = Pattern.compile("[\\t ]+$");
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false).setTrim(false)
            .setIgnoreEmptyLines(true).setQuote('"').get();

    private SssomTsvReader() {}

    /**
     * The mapping set {@code text} holds; {@code source} names it in messages.
     *
     * @throws MalformedInputException naming the line, and the column, of the first problem
     */
    public static MappingSet read(String source, String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        int headerLines = 0;
        StringBuilder yaml = new StringBuilder();
        while (headerLines < lines.length && (lines[headerLines].startsWith("#") || lines[headerLines].isBlank() && yaml.isEmpty())) {
            // a spreadsheet saving the file pads each header line with tabs: they are no part of the YAML
            yaml.append(lines[headerLines].isBlank() ? "" : TRAILING_TABS.matcher(lines[headerLines].substring(1)).replaceAll(""))
                    .append('\n');
            headerLines++;
        }
        Map<String, Object> header = header(source, yaml.toString());
        SssomHeader.Parts parts = SssomHeader.read(header, source, key -> lineOf(lines, headerLines(lines), key));
        int offset = headerLines;
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(headerLines, lines.length));
        List<Mapping> mappings = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), TSV)) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                long line = offset + parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = columns(source, record, line);
                    continue;
                }
                mappings.add(row(source, parts, columns, record, line));
            }
            if (columns == null) {
                throw new MalformedInputException(source, offset + 1, "no row of column names after the header", null);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedInputException(source, -1, "not readable as tab-separated values: " + e.getMessage(), e);
        }
        return new MappingSet(parts.curieMap(), parts.metadata(), parts.extensions(), mappings);
    }

    private static int headerLines(String[] lines) {
        int n = 0;
        while (n < lines.length && lines[n].startsWith("#")) {
            n++;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(String source, String yaml) {
        if (yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions()), new org.yaml.snakeyaml.representer.Representer(
                    new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), new LoaderOptions(),
                    new TextOnlyResolver()).load(yaml);
            if (tree == null) {
                return new LinkedHashMap<>();
            }
            if (!(tree instanceof Map<?, ?>)) {
                throw new MalformedInputException(source, 1, "the # header is not a YAML mapping of keys to values", null);
            }
            return (Map<String, Object>) tree;
        } catch (MarkedYAMLException e) {
            long line = e.getProblemMark() == null ? -1 : e.getProblemMark().getLine() + 1;
            throw new MalformedInputException(source, line, "the # header is not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new MalformedInputException(source, -1, "the # header is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static long lineOf(String[] lines, int headerLines, String key) {
        Pattern p = Pattern.compile("^#\\s*" + Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < headerLines; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return -1;
    }

    private static List<String> columns(String source, CSVRecord record, long line) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (!name.isEmpty() && columns.contains(name)) {
                throw new MalformedInputException(source, line, "column " + (i + 1) + ": '" + name + "' appears twice", null);
            }
            columns.add(name); // an unnamed column (a trailing tab) must stay empty; see row()
        }
        List<String> missing = new ArrayList<>();
        for (List<String> any : REQUIRED) {
            if (any.stream().noneMatch(slot -> SssomLegacySlots.gives(columns, slot))) {
                missing.add(String.join(" or ", any));
            }
        }
        if (!missing.isEmpty()) {
            throw new MalformedInputException(source, line, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing), null);
        }
        return columns;
    }

    private static Mapping row(String source, SssomHeader.Parts parts, List<String> columns, CSVRecord record, long line) {
        // empty cells past the last column (a spreadsheet's padding) say nothing; a value there is refused
        for (int i = columns.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                throw new MalformedInputException(source, line, "column " + (i + 1) + ": a cell beyond the "
                        + columns.size() + " named columns", null);
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            String cell = record.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            String name = columns.get(i);
            if (name.isEmpty()) {
                throw new MalformedInputException(source, line, "column " + (i + 1) + ": a value in a column without a name", null);
            }
            values.put(name, parts.slots().multivalued(name) ? MultiValues.split(cell) : List.of(cell));
        }
        return parts.checks().mapping(values, new SssomChecks.Place() {
            @Override
            public long line() {
                return line;
            }

            @Override
            public String slot(String name) {
                int i = columns.indexOf(name);
                return i < 0 ? "column " + name : "column " + (i + 1) + " (" + name + ")";
            }
        });
    }

    /** Every YAML scalar read as text: a date or number in the header is kept as written. */
    private static final class TextOnlyResolver extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: no scalar is turned into a number, date, boolean or null
        }
    }
}
