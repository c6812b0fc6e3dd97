package fr.hdh.catalog.harvest.demo;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.core.quality.QualityService;
import fr.hdh.catalog.core.quality.QualitySources;
import fr.hdh.catalog.core.record.ChangeSummary;
import fr.hdh.catalog.harvest.catalogue.BundledCatalogue;
import fr.hdh.catalog.harvest.catalogue.HdhCatalogueReader;
import fr.hdh.catalog.harvest.omop.OmopCdmStandard;
import fr.hdh.catalog.harvest.tableschema.SndsDictionary;
import fr.hdh.catalog.harvest.usage.UsageFiles;
import fr.hdh.catalog.vocab.eu.EuVocabularies;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingSetRecords;
import fr.hdh.catalog.vocab.mapping.SssomTsvReader;
import fr.hdh.catalog.vocab.nomenclature.NomenclatureReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real demo content, loaded into an empty store by {@code hdh serve --demo}: the 22 producers and
 * 44 datasets of the HDH catalogue list, the SNDS data dictionary (188 tables, 4,815 variables, their
 * foreign keys) as the variable dictionaries of the SNDS datasets, the 505 SNDS nomenclatures as SKOS
 * schemes, the EU vocabularies, the OMOP CDM 5.4 specification, one SSSOM mapping set (the SNDS
 * beneficiary and PMSI stay variables to OMOP CDM and FHIR R4, {@code mappings/snds-omop-fhir.sssom.tsv}),
 * and real projects and publications that used catalogued data (usage/, sources in its SOURCES.md).
 *
 * <p>Loaded in three validated batches, each one transaction: producers and EU vocabularies; the
 * nomenclatures (most of the triples); datasets, the OMOP standard and the mapping set, which point to the first two.
 * The load is then recorded as a PROV activity with a fingerprint of the bundled files, so a second
 * start on the same store loads nothing.
 *
 * <pre>
 * DemoContent.LoadResult result = DemoContent.bundled().loadInto(catalog, progress);
 * </pre>
 */
public final class DemoContent {
    /** Bump when the mapping of the bundled files changes, so stores built before reload them. */
    static final int MAPPING_VERSION = 2;
    private static final String AGENT = QualitySources.DEMO_AGENT;
    private static final String SNDS_SOURCE =
            "https://github.com/indsante/schema-snds/tree/fe17ef8348aeb74f38c29016f49e65f82a6168b6";
    private static final String OMOP_SOURCE =
            "https://github.com/OHDSI/CommonDataModel/tree/f853f6e39c61b4eb8b3e5287fd573a1ced36c0e4/inst/csv";
    private static final String CATALOGUE_SOURCE = "urn:hdh:demo:hdh-catalogue-seed-list";
    /** The base IRI the bundled mapping set is written against; rebased on the catalogue's. */
    static final String MAPPINGS_BASE = "http://localhost:8080/";
    private static final String MAPPINGS_FILE = "mappings/snds-omop-fhir.sssom.tsv";
    private static final String USAGE_SOURCE = "urn:hdh:demo:usage-seed";
    private static final String EU_SOURCE = "https://github.com/SEMICeu/dcat-ap_shacl/tree/07a19dde14ca162a8396172538dc7dbc00aab07e/resources";

    private DemoContent() {}

    /** What a load did. */
    public record LoadResult(boolean alreadyLoaded, int records, ChangeSummary changes, long millis) {
        @Override
        public String toString() {
            return alreadyLoaded ? "already loaded, nothing written"
                    : records + " records in " + millis + " ms (" + changes + ")";
        }
    }

    /** The content bundled in the jar (or on the class path). */
    public static DemoContent bundled() {
        return new DemoContent();
    }

    /** Loads the demo content unless this very content was loaded before. */
    public LoadResult loadInto(Catalog catalog, Progress progress) {
        long start = System.nanoTime();
        String sourceIri = catalog.iris().base() + "source/demo";
        String fingerprint = DemoResources.bundledFingerprint(MAPPING_VERSION);
        if (catalog.records().sourceLoaded(sourceIri, fingerprint)) {
            return new LoadResult(true, 0, new ChangeSummary(), 0);
        }
        Path sndsFolder = DemoResources.folderOf("snds/README.md");
        Path omopFolder = DemoResources.folderOf("omop/PROVENANCE.md");
        CatalogIris iris = catalog.iris();
        progress.update("read", 0, 3);
        List<CatalogRecord> reference = new ArrayList<>(producers(iris));
        reference.addAll(EuVocabularies.bundled().records(new RecordSource(EU_SOURCE, AGENT)));
        progress.update("read", 1, 3);
        List<CatalogRecord> nomenclatures = new NomenclatureReader(iris)
                .readAll(sndsFolder.resolve("nomenclatures"), new RecordSource(SNDS_SOURCE, AGENT));
        progress.update("read", 2, 3);
        List<CatalogRecord> described = datasetsWithVariables(iris, sndsFolder);
        described.add(OmopCdmStandard.read(omopFolder, iris, new RecordSource(OMOP_SOURCE, AGENT)));
        described.add(new MappingSetRecords(iris).record(mappingSet(iris), new RecordSource("urn:hdh:demo:" + MAPPINGS_FILE, AGENT)));
        progress.update("read", 3, 3);

        ChangeSummary summary = new ChangeSummary();
        summary.addAll(catalog.records().putAll(reference, stage(progress, "producers")));
        summary.addAll(catalog.records().putAll(nomenclatures, stage(progress, "code lists")));
        // Scored as it is written, like every public dataset, under source "demo" and this load.
        try (QualityService.Measuring measuring = catalog.quality().measuredBy(AGENT, sourceIri)) {
            summary.addAll(catalog.records().putAll(described, stage(progress, "datasets")));
        }
        summary.addAll(usage(catalog, progress));
        catalog.records().markSourceLoaded(sourceIri, fingerprint, "Demo content load", summary);
        int records = reference.size() + nomenclatures.size() + described.size();
        return new LoadResult(false, records, summary, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The real projects and publications of {@code usage/} (facts and sources in its SOURCES.md), read and
     * written like any import, after the datasets they name.
     */
    private static ChangeSummary usage(Catalog catalog, Progress progress) {
        Path folder = DemoResources.folderOf("usage/SOURCES.md");
        RecordSource source = new RecordSource(USAGE_SOURCE, AGENT);
        ChangeSummary summary = new ChangeSummary();
        progress.update("usage", 0, 2);
        try {
            summary.addAll(catalog.usage().putProjects(UsageFiles.projects(Files.readString(folder.resolve("projects.csv")),
                    UsageFiles.Format.CSV, "usage/projects.csv"), source));
            progress.update("usage", 1, 2);
            summary.addAll(catalog.usage().putPublications(UsageFiles.publications(
                    Files.readString(folder.resolve("publications.csv")), UsageFiles.Format.CSV, "usage/publications.csv"),
                    source).changes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update("usage", 2, 2);
        return summary;
    }

    private List<CatalogRecord> producers(CatalogIris iris) {
        try {
            return new HdhCatalogueReader(iris, new RecordSource(CATALOGUE_SOURCE, AGENT)).producers(BundledCatalogue.producers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The datasets of the seed list and the SNDS products, each SNDS one with its variable dictionary. */
    private List<CatalogRecord> datasetsWithVariables(CatalogIris iris, Path sndsFolder) {
        HdhCatalogueReader reader = new HdhCatalogueReader(iris, new RecordSource(CATALOGUE_SOURCE, AGENT));
        List<CatalogRecord> datasets = new ArrayList<>();
        try {
            datasets.addAll(reader.datasets(BundledCatalogue.datasets()));
            datasets.addAll(reader.datasets(BundledCatalogue.sndsProducts(), BundledCatalogue.producers()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SndsDictionary dictionary = SndsDictionary.read(sndsFolder.resolve("schemas"), iris);
        List<CatalogRecord> result = new ArrayList<>();
        for (CatalogRecord dataset : datasets) {
            String id = dataset.iri().substring(iris.dataset("").length());
            if (dictionary.datasetIds().contains(id)) {
                dictionary.addVariables(id, dataset.content());
            }
            result.add(dataset);
        }
        return result;
    }

    /** The bundled SNDS → OMOP / FHIR mapping set, its IRIs on the catalogue's base. */
    public static MappingSet mappingSet(CatalogIris iris) {
        Path file = DemoResources.folderOf(MAPPINGS_FILE).resolve(Path.of(MAPPINGS_FILE).getFileName().toString());
        try {
            return SssomTsvReader.read(MAPPINGS_FILE, Files.readString(file, StandardCharsets.UTF_8)).rebased(MAPPINGS_BASE, iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Progress stage(Progress progress, String name) {
        return (phase, done, total) -> progress.update(name + " " + phase, done, total);
    }
}
