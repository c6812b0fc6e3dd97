/**
 * A backup of the whole catalogue, and its restore into an empty one ({@link
 * fr.hdh.catalog.core.backup.CatalogBackup}): one gzip-compressed N-Quads file holding the public store's
 * graphs and the private workspace's (versions, audit log, users, token key), taken inside one read
 * transaction of each store, with a manifest ({@link fr.hdh.catalog.core.backup.BackupManifest}) naming
 * the workspace's graphs and counting each store's quads. A restore reads and checks the whole file first
 * ({@link fr.hdh.catalog.core.backup.BackupSnapshot}), then writes through each store's one writer and
 * rebuilds the search index from the store. Nothing here writes a store itself.
 *
 * <pre>
 * new CatalogBackup(catalog).writeTo(out);
 * new CatalogBackup(emptyCatalog).restore(BackupSnapshot.read(in, "backup.nq.gz"), Progress.NONE);
 * </pre>
 */
package fr.hdh.catalog.core.backup;
