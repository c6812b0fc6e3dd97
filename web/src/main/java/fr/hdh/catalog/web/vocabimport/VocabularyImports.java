package fr.hdh.catalog.web.vocabimport;

import fr.hdh.catalog.core.Catalog;
import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.harvest.codelist.CodeListCsv;
import fr.hdh.catalog.harvest.fhir.CodeSystemSchemes;
import fr.hdh.catalog.vocab.scheme.SchemeGraph;
import fr.hdh.catalog.vocab.scheme.SchemeVersions;
import fr.hdh.catalog.vocab.scheme.SkosRdf;
import fr.hdh.catalog.vocab.scheme.SkosSchemes;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads one vocabulary file as one version of its scheme: reads it in its format, checks it as SKOS, and
 * hands it to {@link SchemeVersions}. Shared by the API and the command line, so both accept and refuse
 * the same files with the same messages.
 *
 * <pre>
 * SchemeVersions.Loaded loaded = new VocabularyImports(catalog).load(new VocabularyImports.Request(
 *         VocabularyFormat.CSV, bytes, "list.csv", Optional.of("my-list"), Optional.of("1"), Optional.empty(), Optional.empty()),
 *         new RecordSource("file:///list.csv", "cli"));
 * </pre>
 */
public final class VocabularyImports {
    /** The catalogue's group, in {@code vocabulary/<group>/<name>}, of schemes named by a plain name. */
    static final String GROUP = "import";

    private final Catalog catalog;
    private final SchemeVersions versions;

    public VocabularyImports(Catalog catalog) {
        this.catalog = catalog;
        this.versions = new SchemeVersions(catalog);
    }

    /**
     * One file to load.
     *
     * @param format what the body is
     * @param body the file's bytes
     * @param source the file or request, named in error messages
     * @param scheme the scheme's IRI, or a plain name ({@code vocabulary/import/<name>}); required for CSV,
     *        picks one scheme of a SKOS file that holds several, replaces the IRI a FHIR url gives
     * @param version the version; required when the file declares none, refused when it declares another
     * @param title the scheme's title, for CSV (default: the scheme's name)
     * @param language the language of a FHIR CodeSystem's displays when it declares none
     */
    public record Request(VocabularyFormat format, byte[] body, String source, Optional<String> scheme,
                          Optional<String> version, Optional<String> title, Optional<String> language) {
        public Request {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(body, "body");
        }
    }

    public SchemeVersions.Loaded load(Request request, RecordSource source) {
        return versions.load(read(request), request.version(), source);
    }

    /** The checked scheme {@code request} holds; nothing is written. */
    public SchemeGraph read(Request request) {
        Optional<String> iri = request.scheme().map(String::strip).filter(s -> !s.isEmpty()).map(this::iri);
        SchemeGraph read = switch (request.format()) {
            case FHIR_JSON, FHIR_XML -> CodeSystemSchemes.read(request.body(), request.format() == VocabularyFormat.FHIR_XML,
                    request.source(), catalog.iris(), iri, request.language().filter(l -> !l.isBlank()));
            case CSV -> {
                String schemeIri = iri.orElseThrow(() -> new MalformedInputException(request.source(), -1,
                        "scheme: a CSV code list says nothing of its scheme; give the scheme's IRI or a name", null));
                String title = request.title().map(String::strip).filter(t -> !t.isEmpty()).orElse(name(schemeIri));
                yield CodeListCsv.read(request.body(), request.source(), catalog.iris(), schemeIri, title);
            }
            default -> new SchemeGraph(iri.orElse(""), SkosRdf.read(request.body(), request.format().rdf().orElseThrow(),
                    catalog.iris().base(), request.source()), Optional.empty());
        };
        Optional<String> wanted = read.iri().isEmpty() ? Optional.empty() : Optional.of(read.iri());
        SchemeGraph checked = SkosSchemes.checked(read.graph(), wanted, request.source());
        return new SchemeGraph(checked.iri(), checked.graph(), read.declaredVersion().or(checked::declaredVersion), read.notes());
    }

    /** An absolute IRI as it is; a plain name as the catalogue's {@code vocabulary/import/<name>}. */
    private String iri(String scheme) {
        return scheme.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+") ? scheme : catalog.iris().vocabulary(GROUP, scheme);
    }

    private static String name(String iri) {
        String trimmed = iri.replaceAll("[/#]+$", "");
        return java.net.URLDecoder.decode(trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
