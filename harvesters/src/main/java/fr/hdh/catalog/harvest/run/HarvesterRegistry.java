package fr.hdh.catalog.harvest.run;

import fr.hdh.catalog.core.CatalogException;
import fr.hdh.catalog.harvest.Harvester;
import fr.hdh.catalog.harvest.SourceType;
import fr.hdh.catalog.harvest.ckan.CkanHarvester;
import fr.hdh.catalog.harvest.dcat.DcatHarvester;
import fr.hdh.catalog.harvest.fhir.FhirHarvester;
import fr.hdh.catalog.harvest.omop.OmopHarvester;
import fr.hdh.catalog.harvest.tableschema.TableSchemaHarvester;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The harvesters the catalogue knows, one per {@link SourceType}. {@link #standard()} lists every
 * implementation; tests build a registry of their own doubles.
 */
public final class HarvesterRegistry {
    private final Map<SourceType, Harvester> byType = new EnumMap<>(SourceType.class);

    public HarvesterRegistry(List<Harvester> harvesters) {
        for (Harvester h : harvesters) {
            if (byType.put(h.type(), h) != null) {
                throw new IllegalArgumentException("Two harvesters for " + h.type());
            }
        }
    }

    /** DCAT, CKAN, FHIR, Table Schema and OMOP. */
    public static HarvesterRegistry standard() {
        return new HarvesterRegistry(List.of(new DcatHarvester(), new CkanHarvester(), new FhirHarvester(),
                new TableSchemaHarvester(), new OmopHarvester()));
    }

    /** The harvester of {@code type}; throws a plain message when none is known. */
    public Harvester forType(SourceType type) {
        Harvester h = byType.get(type);
        if (h == null) {
            throw new CatalogException("No harvester is available for source type " + type.cliName());
        }
        return h;
    }
}
