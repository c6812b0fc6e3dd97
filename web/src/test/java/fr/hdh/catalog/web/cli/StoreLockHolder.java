package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.store.CatalogStore;
import java.nio.file.Path;

/**
 * Opens a store from another process, as a running server does, and holds it until its standard input
 * closes: TDB2 lets one process open a database, so a command run meanwhile meets the lock.
 */
final class StoreLockHolder {
    private StoreLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (CatalogStore store = CatalogStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our standard input.
            }
        }
    }
}
