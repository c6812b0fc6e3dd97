package fr.hdh.catalog.vocab.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slots one set uses: SSSOM's own, the extension slots it declares (text, written with their
 * declared property) and any other column it carries undeclared (text, written with a property under
 * the set's own IRI, {@code <set>/slot/<name>}, so nothing is lost on the way through the graph).
 */
final class MappingSetSlots {
    private final Map<String, ExtensionDefinition> extensions = new LinkedHashMap<>();
    private final Curies curies;

    MappingSetSlots(List<ExtensionDefinition> declared, Curies curies) {
        declared.forEach(e -> extensions.put(e.slotName(), e));
        this.curies = curies;
    }

    SssomSlots.Range range(String name) {
        return SssomSlots.mapping(name).map(SssomSlots.Slot::range).orElse(SssomSlots.Range.TEXT);
    }

    SssomSlots.Range setRange(String name) {
        return SssomSlots.mappingSet(name).map(SssomSlots.Slot::range).orElse(SssomSlots.Range.TEXT);
    }

    boolean multivalued(String name) {
        return SssomSlots.mapping(name).map(SssomSlots.Slot::multivalued).orElse(false);
    }

    boolean setMultivalued(String name) {
        return SssomSlots.mappingSet(name).map(SssomSlots.Slot::multivalued).orElse(false);
    }

    /** The property of mapping slot {@code name} in a set named {@code setIri}. */
    String property(String name, String setIri) {
        return SssomSlots.mapping(name).map(SssomSlots.Slot::property).orElseGet(() -> extensionProperty(name, setIri));
    }

    /** The property of set-level slot {@code name}. */
    String setProperty(String name, String setIri) {
        return SssomSlots.mappingSet(name).map(SssomSlots.Slot::property).orElseGet(() -> extensionProperty(name, setIri));
    }

    Optional<ExtensionDefinition> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }

    private String extensionProperty(String name, String setIri) {
        ExtensionDefinition e = extensions.get(name);
        if (e != null) {
            return curies.expand(e.property()).orElse(e.property());
        }
        return undeclaredNamespace(setIri) + name;
    }

    /** Where the properties of a set's undeclared columns are minted. */
    static String undeclaredNamespace(String setIri) {
        return setIri + "/slot/";
    }
}
