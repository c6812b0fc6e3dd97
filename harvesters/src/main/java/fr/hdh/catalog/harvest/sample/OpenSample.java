package fr.hdh.catalog.harvest.sample;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An open sample a source publishes (a CSV file or URL), measured: its size, its SHA-256 and a preview
 * of its first lines as published.
 *
 * @param downloadUrl where it is downloaded
 * @param byteSize its size in bytes
 * @param sha256 its SHA-256, lower-case hexadecimal
 * @param previewLines its header and first data lines, at most {@link #PREVIEW_LINES} and
 *     {@link #PREVIEW_CHARS} characters
 */
public record OpenSample(String downloadUrl, long byteSize, String sha256, List<String> previewLines) {
    public static final int PREVIEW_LINES = 6;
    public static final int PREVIEW_CHARS = 2_000;

    public OpenSample {
        Objects.requireNonNull(downloadUrl, "downloadUrl");
        Objects.requireNonNull(sha256, "sha256");
        previewLines = List.copyOf(previewLines);
    }

    /** Measures the bytes of a CSV sample downloaded from {@code downloadUrl} (read as UTF-8). */
    public static OpenSample of(String downloadUrl, byte[] csv) {
        return new OpenSample(downloadUrl, csv.length, sha256(csv), firstLines(csv));
    }

    /** The preview as text, one line each. */
    public String preview() {
        return String.join("\n", previewLines);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static List<String> firstLines(byte[] csv) {
        List<String> lines = new ArrayList<>();
        int chars = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < PREVIEW_LINES && (line = in.readLine()) != null) {
                String kept = line.length() > PREVIEW_CHARS - chars ? line.substring(0, Math.max(0, PREVIEW_CHARS - chars)) : line;
                lines.add(kept.startsWith("\uFEFF") ? kept.substring(1) : kept);
                chars += kept.length();
                if (chars >= PREVIEW_CHARS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
