package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.PublicationForm;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The front door of the usage readers: a document and its media type (or file name) in, forms out.
 *
 * <pre>
 * List&lt;PublicationForm&gt; forms = UsageFiles.publications(text, UsageFiles.Format.BIBTEX, "refs.bib");
 * </pre>
 */
public final class UsageFiles {
    private UsageFiles() {}

    /** The formats read, with their media types and file extensions. */
    public enum Format {
        JSON("application/json", ".json"),
        CSV("text/csv", ".csv"),
        BIBTEX("application/x-bibtex", ".bib"),
        RIS("application/x-research-info-systems", ".ris"),
        CROSSREF("application/vnd.crossref+json", ".crossref.json");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format of a Content-Type ({@code text/csv; charset=utf-8}), if read. */
        public static Optional<Format> ofMediaType(String contentType) {
            if (contentType == null) {
                return Optional.empty();
            }
            String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("text/x-bibtex") || type.equals("application/x-bibtex")) {
                return Optional.of(BIBTEX);
            }
            if (type.equals("application/x-research-info-systems") || type.equals("text/x-research-info-systems")) {
                return Optional.of(RIS);
            }
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
        }

        /** The format of a file by its name's ending ({@code .crossref.json} before {@code .json}). */
        public static Optional<Format> ofFileName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(CROSSREF.extension) ? Optional.of(CROSSREF)
                    : Arrays.stream(values()).filter(f -> n.endsWith(f.extension)).findFirst();
        }

        /** The media types, for messages and the API description. */
        public static String mediaTypes() {
            return String.join(", ", Arrays.stream(values()).map(Format::mediaType).toList());
        }
    }

    /** The publications of {@code text} in {@code format}; {@code source} names it in errors. */
    public static List<PublicationForm> publications(String text, Format format, String source) {
        try {
            return switch (format) {
                case JSON -> UsageJson.publications(text, source);
                case CSV -> PublicationCsv.read(new StringReader(text), source);
                case BIBTEX -> BibTex.read(text, source);
                case RIS -> Ris.read(text, source);
                case CROSSREF -> CrossrefJson.read(text, source);
            };
        } catch (IOException e) {
            throw new MalformedInputException(source, -1, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The projects of {@code text}, JSON or CSV; {@code source} names it in errors. */
    public static List<ProjectForm> projects(String text, Format format, String source) {
        try {
            return switch (format) {
                case JSON -> UsageJson.projects(text, source);
                case CSV -> ProjectCsv.read(new StringReader(text), source);
                default -> throw new MalformedInputException(source, -1,
                        "projects are read from JSON or CSV, not " + format.mediaType(), null);
            };
        } catch (IOException e) {
            throw new MalformedInputException(source, -1, "cannot be read: " + e.getMessage(), e);
        }
    }
}
