package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;

/**
 * The one HAPI {@link FhirContext} for FHIR R4, created at first use (it costs about half a second) and
 * shared: a context is thread-safe and immutable once built. Parsers are cheap and made per document.
 */
final class FhirContexts {
    private FhirContexts() {}

    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    /** A JSON parser that ignores unknown elements but refuses invalid values. */
    static IParser r4Json() {
        return R4.CONTEXT.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(true));
    }

    /** An XML parser with the same leniency; fed only XML already checked by {@link SecureXml}. */
    static IParser r4Xml() {
        return R4.CONTEXT.newXmlParser().setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(true));
    }
}
