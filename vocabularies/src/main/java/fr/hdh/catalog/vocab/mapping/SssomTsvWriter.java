package fr.hdh.catalog.vocab.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a mapping set as SSSOM TSV with embedded metadata: the YAML header, each line behind a
 * {@code #}, then the columns that hold a value in the schema's order, the declared extension columns,
 * then any other, and one row per mapping.
 *
 * <pre>
 * String tsv = SssomTsvWriter.write(set);
 * </pre>
 */
public final class SssomTsvWriter {
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator("\n").setQuote('"').get();

    private SssomTsvWriter() {}

    public static String write(MappingSet set) {
        StringBuilder out = new StringBuilder();
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        options.setIndent(2);
        String yaml = new Yaml(options).dump(SssomHeader.tree(set));
        for (String line : yaml.split("\n")) {
            out.append('#').append(line).append('\n');
        }
        List<String> columns = columns(set);
        MappingSetSlots slots = new MappingSetSlots(set.extensions(), set.curies());
        StringWriter rows = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(rows, TSV)) {
            printer.printRecord(columns);
            for (Mapping m : set.mappings()) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    List<String> v = m.all(c);
                    cells.add(v.isEmpty() ? "" : slots.multivalued(c) ? MultiValues.join(v) : v.get(0));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append(rows).toString();
    }

    /**
     * The columns with a value somewhere and the required ones (so an empty set is still a table), in the
     * schema's order, then extensions, then the rest by name.
     */
    static List<String> columns(MappingSet set) {
        Set<String> used = new LinkedHashSet<>();
        set.mappings().forEach(m -> used.addAll(m.values().keySet()));
        used.addAll(List.of("subject_id", "predicate_id", "object_id", "mapping_justification"));
        List<String> columns = new ArrayList<>();
        SssomSlots.mappingOrder().stream().filter(used::contains).forEach(columns::add);
        set.extensions().stream().map(ExtensionDefinition::slotName).filter(used::contains).forEach(columns::add);
        used.stream().filter(c -> !columns.contains(c)).sorted().forEach(columns::add);
        return columns;
    }
}
