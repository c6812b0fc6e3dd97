package fr.hdh.catalog.web.vocabulary;

import java.util.Optional;

/**
 * One concept scheme as the vocabulary list shows it.
 *
 * @param iri the scheme's IRI
 * @param identifier its {@code dct:identifier} (else its {@code skos:notation}), e.g. {@code IR_CIM_V}
 * @param labelFr its French label ({@code skos:prefLabel}, else {@code dct:title}), if any
 * @param labelEn its English label, if any
 * @param label its label without language, if any
 * @param concepts how many concepts are {@code skos:inScheme} it
 * @param version its {@code owl:versionInfo}, when given
 * @param publisher its {@code dct:publisher}, when given
 * @param source its {@code dct:source}, when given
 * @param kind its family
 */
public record SchemeSummary(String iri, Optional<String> identifier, Optional<String> labelFr, Optional<String> labelEn,
                            Optional<String> label, long concepts, Optional<String> version, Optional<String> publisher,
                            Optional<String> source, SchemeKind kind) {
    /** The label in {@code lang} ({@code fr} or {@code en}), else the other one, else the identifier or IRI. */
    public String labelIn(String lang) {
        Optional<String> first = "en".equals(lang) ? labelEn : labelFr;
        Optional<String> second = "en".equals(lang) ? labelFr : labelEn;
        return first.or(() -> second).or(() -> label).or(() -> identifier).orElse(iri);
    }
}
