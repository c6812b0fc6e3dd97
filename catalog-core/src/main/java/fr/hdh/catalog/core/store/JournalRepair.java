package fr.hdh.catalog.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Cuts a TDB2 journal back to its last whole entry. A process killed while it writes an entry leaves a torn tail
 * that Jena's recovery refuses to read ("Failed to read the journal entry data"), and the store would not open again.
 * An entry is a header — length, Adler-32 checksum, type (4 bytes each), component id (16 bytes) — then its data;
 * the checksum covers the header with its checksum field zeroed, then the data. A transaction counts as committed
 * only once its COMMIT entry is whole and forced to disk, so a torn tail never holds an acknowledged write: cutting
 * it loses nothing a client was told was stored. Done before the store is opened, only while no process holds its
 * lock file (the lock TDB2 takes), so a journal in use is never touched.
 */
final class JournalRepair {
    static final String JOURNAL = "journal.jrnl";
    private static final int HEADER = 28;
    private static final int CHECKSUM_AT = 4;

    private JournalRepair() {}

    /**
     * {@link #repair} when no process has the database in {@code dir} open (its {@code tdb.lock} can be locked here);
     * 0 when one has, or when there is no database yet.
     */
    static long repairIfClosed(Path dir) {
        Path lockFile = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(lockFile)) {
            return Files.isDirectory(dir) ? repair(dir) : 0;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return 0;
            }
            try {
                return repair(dir);
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException openHere) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the lock of the store in " + dir, e);
        }
    }

    /**
     * Cuts the journal of every storage generation ({@code Data-NNNN}) of the database in {@code dir}.
     *
     * @return the bytes cut, 0 when every journal was whole
     */
    static long repair(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> generations = Files.list(dir)) {
            List<Path> journals = generations.filter(p -> p.getFileName().toString().startsWith("Data-"))
                    .map(p -> p.resolve(JOURNAL)).filter(Files::isRegularFile).toList();
            long cut = 0;
            for (Path journal : journals) {
                cut += cutTornTail(journal);
            }
            return cut;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot repair the journal of the store in " + dir, e);
        }
    }

    /** Truncates {@code journal} after its last whole entry; answers the bytes cut. */
    static long cutTornTail(Path journal) throws IOException {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            while (position < size) {
                long next = wholeEntryEnd(channel, position, size);
                if (next < 0) {
                    break;
                }
                position = next;
            }
            if (position == size) {
                return 0;
            }
            channel.truncate(position);
            channel.force(true);
            return size - position;
        }
    }

    /** Where the entry starting at {@code position} ends, or -1 when it is torn or its checksum is wrong. */
    private static long wholeEntryEnd(FileChannel channel, long position, long size) throws IOException {
        if (size - position < HEADER) {
            return -1;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(channel, header, position);
        int length = header.getInt(0);
        int checksum = header.getInt(CHECKSUM_AT);
        if (length < 0 || size - position - HEADER < length) {
            return -1;
        }
        ByteBuffer data = ByteBuffer.allocate(length);
        readFully(channel, data, position + HEADER);
        header.putInt(CHECKSUM_AT, 0);
        Adler32 adler = new Adler32();
        adler.update(header.array());
        adler.update(data.array());
        return (int) adler.getValue() == checksum ? position + HEADER + length : -1;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("end of file inside a journal entry checked to fit");
            }
            at += n;
        }
        buffer.flip();
    }
}
