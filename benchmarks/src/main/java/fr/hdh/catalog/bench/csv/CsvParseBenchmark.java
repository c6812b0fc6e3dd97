package fr.hdh.catalog.bench.csv;

import fr.hdh.catalog.harvest.file.ClasspathFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every SNDS nomenclature CSV the repository ships ({@code hdh/demo/snds/nomenclatures} in the harvesters
 * jar, or a folder given as first argument), held in memory, then parsed the way {@code
 * NomenclatureReader} does (UTF-8 decoding included) by the old hand-written reader and by Commons CSV
 * in {@code SemicolonCsv}'s dialect: first once each to check they read the same records on the same
 * lines, then in alternating order for a number of rounds (default 15) after a warm-up; prints the
 * median and the fastest round of each and the ratio of the medians.
 *
 * <pre>
 * java -cp target/benchmarks.jar fr.hdh.catalog.bench.csv.CsvParseBenchmark [FOLDER or "" [ROUNDS]]
 * </pre>
 */
public final class CsvParseBenchmark {
    /** As in {@code vocab.nomenclature.SemicolonCsv}: keep the two in step. */
    private static final CSVFormat DIALECT = CSVFormat.RFC4180.builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    private static final int WARM_UP_ROUNDS = 5;

    private CsvParseBenchmark() {}

    /** One parser under test: the values of every record, and the line it starts on, to a sink. */
    private interface Parser {
        void parse(byte[] csv, RecordSink sink) throws IOException;
    }

    private interface RecordSink {
        void record(long line, List<String> values);
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 && !args[0].isEmpty()
                ? Path.of(args[0]) : ClasspathFiles.path("hdh/demo/snds/nomenclatures");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<byte[]> files = load(root);
        long bytes = files.stream().mapToLong(f -> f.length).sum();
        System.out.printf(Locale.ROOT, "%d CSV files, %.1f MB, under %s%n", files.size(), bytes / 1e6, root);

        long records = check(files);
        System.out.printf(Locale.ROOT, "same records on the same lines in both: %d records%n", records);

        List<Long> old = new ArrayList<>();
        List<Long> commons = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            boolean oldFirst = round % 2 == 0;
            long a = time(files, oldFirst ? CsvParseBenchmark::handWritten : CsvParseBenchmark::commonsCsv);
            long b = time(files, oldFirst ? CsvParseBenchmark::commonsCsv : CsvParseBenchmark::handWritten);
            if (round >= WARM_UP_ROUNDS) {
                old.add(oldFirst ? a : b);
                commons.add(oldFirst ? b : a);
            }
        }
        double oldMedian = median(old);
        double commonsMedian = median(commons);
        System.out.printf(Locale.ROOT, "hand-written: median %.1f ms, fastest %.1f ms (%.0f MB/s)%n",
                oldMedian, min(old), bytes / 1e3 / oldMedian);
        System.out.printf(Locale.ROOT, "Commons CSV:  median %.1f ms, fastest %.1f ms (%.0f MB/s)%n",
                commonsMedian, min(commons), bytes / 1e3 / commonsMedian);
        System.out.printf(Locale.ROOT, "Commons CSV / hand-written: %.2f x (%d rounds, after %d of warm-up)%n",
                commonsMedian / oldMedian, rounds, WARM_UP_ROUNDS);
    }

    static void handWritten(byte[] csv, RecordSink sink) throws IOException {
        try (HandWrittenSemicolonCsv rows = new HandWrittenSemicolonCsv(reader(csv), "bench")) {
            List<String> row = new ArrayList<>();
            while (rows.next(row)) {
                sink.record(rows.recordLine(), row);
            }
        }
    }

    /** What {@code SemicolonCsv} does, in one method. */
    static void commonsCsv(byte[] csv, RecordSink sink) throws IOException {
        PushbackReader in = new PushbackReader(reader(csv), 1);
        int first = in.read();
        if (first != '\uFEFF' && first != -1) {
            in.unread(first);
        }
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(DIALECT).get()) {
            List<String> row = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                row.clear();
                row.addAll(Arrays.asList(record.values()));
                sink.record(start, row);
            }
        }
    }

    private static Reader reader(byte[] csv) {
        return new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
    }

    private static long check(List<byte[]> files) throws IOException {
        long records = 0;
        for (int i = 0; i < files.size(); i++) {
            List<String> old = new ArrayList<>();
            List<String> commons = new ArrayList<>();
            handWritten(files.get(i), (line, values) -> old.add(line + " " + values));
            commonsCsv(files.get(i), (line, values) -> commons.add(line + " " + values));
            if (!old.equals(commons)) {
                throw new IllegalStateException("file " + i + " is read differently: " + old.size() + " records and "
                        + commons.size() + "; first difference near " + firstDifference(old, commons));
            }
            records += old.size();
        }
        return records;
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i) + " | " + b.get(i);
            }
        }
        return "the end";
    }

    /** Nanoseconds to parse every file; the values' lengths are summed so that nothing is optimised away. */
    private static long time(List<byte[]> files, Parser parser) throws IOException {
        long[] chars = new long[1];
        RecordSink sink = (line, values) -> {
            for (String v : values) {
                chars[0] += v.length();
            }
        };
        long start = System.nanoTime();
        for (byte[] file : files) {
            parser.parse(file, sink);
        }
        long nanos = System.nanoTime() - start;
        if (chars[0] == 0) {
            throw new IllegalStateException("nothing read");
        }
        return nanos;
    }

    private static List<byte[]> load(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> csvs = walk.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            List<byte[]> files = new ArrayList<>();
            for (Path csv : csvs) {
                files.add(Files.readAllBytes(csv));
            }
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
    }

    private static double min(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
    }
}
