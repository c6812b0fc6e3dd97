package fr.hdh.catalog.web.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One writer changes the store: across every module's main classes, only the record service holds the
 * store's writer, only the store itself mutates the TDB2 dataset or opens a write transaction, and only
 * the store opens a TDB2 database.
 */
class OneWriterTest {
    private static final Set<String> MUTATORS = Set.of("add", "delete", "deleteAny", "addGraph", "removeGraph",
            "clear", "setDefaultGraph", "addAll");
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Test classes come as folders (this module's) or as a test jar (catalog-core's fixtures): both left out.
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("fr.hdh.catalog");
    }

    @Test
    void onlyTheRecordServiceHoldsTheStoresWriter() {
        noClasses().that().resideOutsideOfPackages("fr.hdh.catalog.core.record", "fr.hdh.catalog.core.store")
                .should().dependOnClassesThat().areAssignableTo(StoreWriter.class)
                .orShould().callMethod(CatalogStore.class, "writer")
                .because("every write goes through RecordService: validated, one transaction, the search index told")
                .check(main);
    }

    @Test
    void onlyTheStoreMutatesADatasetGraphOrOpensAWriteTransaction() {
        noClasses().that().resideOutsideOfPackage("fr.hdh.catalog.core.store")
                .should().callMethodWhere(describe("a DatasetGraph mutator", (JavaMethodCall call) ->
                        call.getTargetOwner().isAssignableTo(DatasetGraph.class) && MUTATORS.contains(call.getName())))
                .orShould().callMethodWhere(describe("a Txn write", (JavaMethodCall call) ->
                        call.getTargetOwner().isEquivalentTo(Txn.class) && call.getName().contains("Write")))
                .check(main);
    }

    @Test
    void onlyTheStoreOpensATdb2Database() {
        noClasses().that().resideOutsideOfPackage("fr.hdh.catalog.core.store")
                .should().dependOnClassesThat().areAssignableTo(DatabaseMgr.class)
                .orShould().dependOnClassesThat().areAssignableTo(TDB2Factory.class)
                .check(main);
    }
}
