package fr.hdh.catalog.web.vocabulary;

import fr.hdh.catalog.web.vocabulary.ConceptDescription.Ref;
import fr.hdh.catalog.web.vocabulary.ConceptDescription.VariableUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Where a concept is used: the variables coded with one of its schemes ({@code hdh:codeList}), with their
 * table and dataset, and the datasets declaring one of its schemes ({@code healthdcatap:hasCodingSystem},
 * {@code dct:conformsTo}). One entry per variable and per dataset, whatever the number of labels.
 */
final class Usage {
    private final StoreReader reader;
    private final Concepts.Namer namer;

    Usage(StoreReader reader, Concepts.Namer namer) {
        this.reader = reader;
        this.namer = namer;
    }

    ConceptDescription.UsedBy of(List<String> schemes) {
        Map<String, VariableUse> variables = new LinkedHashMap<>();
        Map<String, Ref> datasets = new LinkedHashMap<>();
        for (String scheme : schemes) {
            Map<String, Node> bound = Map.of("scheme", NodeFactory.createURI(scheme));
            for (Binding row : reader.select(VocabularyQuery.VARIABLES, bound)) {
                String variable = row.get("variable").getURI();
                variables.computeIfAbsent(variable, v -> new VariableUse(named(v, StoreReader.text(row, "name"),
                        StoreReader.text(row, "title")), row.contains("table") && row.get("table").isURI()
                        ? named(row.get("table").getURI(), StoreReader.text(row, "tableName"), "") : null,
                        row.contains("dataset") ? namer.ref(row.get("dataset").getURI()) : null));
            }
            for (Binding row : reader.select(VocabularyQuery.DATASETS, bound)) {
                datasets.computeIfAbsent(row.get("dataset").getURI(), namer::ref);
            }
        }
        return new ConceptDescription.UsedBy(new ArrayList<>(variables.values()), new ArrayList<>(datasets.values()));
    }

    /** A variable or table: its technical name as notation, its title (else its name) as label. */
    private static Ref named(String iri, String name, String title) {
        String label = !title.isEmpty() ? title : !name.isEmpty() ? name : iri;
        return new Ref(iri, name.isEmpty() ? null : name, label);
    }
}
