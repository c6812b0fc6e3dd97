package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.harvest.HarvestContext;
import fr.hdh.catalog.harvest.HarvestSource;
import fr.hdh.catalog.harvest.Harvester;
import fr.hdh.catalog.harvest.RecordSink;
import fr.hdh.catalog.harvest.SourceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Harvests FHIR R4 metadata resources from a FHIR server (REST search with paging, through the
 * context's fetcher) or from files: a JSON or XML resource or Bundle, an ndjson file, or a folder of
 * them ({@code .json}, {@code .xml}, {@code .ndjson}, read in name order). See the package
 * documentation for what each resource type becomes.
 *
 * <pre>
 * new FhirHarvester().harvest(new HarvestSource("fhir-demo", SourceType.FHIR, "https://fhir.example.org/r4",
 *         Optional.empty(), Set.of()), context, sink);
 * </pre>
 */
public final class FhirHarvester implements Harvester {
    private static final Set<String> EXTENSIONS = Set.of(".json", ".xml", ".ndjson");

    public FhirHarvester() {}

    @Override
    public SourceType type() {
        return SourceType.FHIR;
    }

    @Override
    public void harvest(HarvestSource source, HarvestContext context, RecordSink sink) {
        List<FhirItem> items = source.remote()
                ? new FhirRestSearch(context.fetcher()).read(source.location(), sink)
                : readFiles(Path.of(source.location()), sink);
        FhirIris iris = new FhirIris(context.iris(), source.id());
        Publishers publishers = new Publishers(iris, context.recordSource(), items);
        List<CodeSystem> systems = items.stream().map(FhirItem::resource)
                .filter(CodeSystem.class::isInstance).map(CodeSystem.class::cast).toList();
        FhirMappers mappers = new FhirMappers(new StudyDatasets(iris, context.recordSource(), publishers),
                new Terminologies(iris, context.recordSource(), systems),
                new ConceptMaps(iris, context.recordSource()), new TableModels(iris, context.recordSource()));
        Set<String> accepted = new HashSet<>();
        int done = 0;
        for (FhirItem item : items) {
            map(item, mappers, accepted, sink);
            sink.progress(++done, items.size());
        }
        for (CatalogRecord producer : publishers.records()) {
            if (accepted.add(producer.iri())) {
                sink.accept(producer);
            }
        }
    }

    private static void map(FhirItem item, FhirMappers mappers, Set<String> accepted, RecordSink sink) {
        Resource r = item.resource();
        if (r instanceof Organization) {
            return; // becomes a producer when a dataset names it as publisher
        }
        try {
            CatalogRecord record = mappers.map(item);
            if (!accepted.add(record.iri())) {
                sink.reject(item.label(), "a second resource for " + record.iri() + " in the same source; the first is kept");
                return;
            }
            sink.accept(record);
        } catch (UnmappableResource e) {
            sink.reject(item.label(), e.getMessage());
        }
    }

    /** The resources of a file or of every FHIR file under a folder; a file that is not FHIR stops the harvest. */
    private static List<FhirItem> readFiles(Path location, RecordSink sink) {
        if (!Files.exists(location)) {
            throw new MalformedInputException(location.toString(), -1, "no such file or folder", null);
        }
        FhirDocumentReader reader = new FhirDocumentReader();
        List<FhirItem> items = new ArrayList<>();
        for (Path file : files(location)) {
            FhirDocument doc;
            try {
                doc = reader.read(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            items.addAll(doc.items());
            doc.rejected().forEach(r -> sink.reject(r.item(), r.reason()));
        }
        return items;
    }

    private static List<Path> files(Path location) {
        if (!Files.isDirectory(location)) {
            return List.of(location);
        }
        try (Stream<Path> walk = Files.walk(location)) {
            return walk.filter(Files::isRegularFile).filter(FhirHarvester::isFhirFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location, e);
        }
    }

    private static boolean isFhirFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The mapper of each harvested resource type. */
    private record FhirMappers(StudyDatasets datasets, Terminologies terminologies, ConceptMaps maps, TableModels tables) {
        CatalogRecord map(FhirItem item) {
            Resource r = item.resource();
            if (r instanceof ResearchStudy study) {
                return datasets.study(item, study);
            } else if (r instanceof Group group) {
                return datasets.group(item, group);
            } else if (r instanceof CodeSystem cs) {
                return terminologies.codeSystem(cs);
            } else if (r instanceof ValueSet vs) {
                return terminologies.valueSet(vs);
            } else if (r instanceof ConceptMap map) {
                return maps.map(map);
            } else if (r instanceof StructureDefinition sd) {
                return tables.logicalModel(sd);
            } else if (r instanceof Questionnaire q) {
                return tables.questionnaire(q);
            }
            throw new UnmappableResource("a " + r.fhirType() + " is not catalogued: only ResearchStudy, Group, "
                    + "StructureDefinition (logical), Questionnaire, CodeSystem, ValueSet and ConceptMap are");
        }
    }
}
