package fr.hdh.catalog.harvest.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;

/**
 * The HAPI {@link FhirContext}s for FHIR R4 and R5, each created at first use (a context costs about
 * half a second) and shared: a context is thread-safe and immutable once built. Parsers are cheap and
 * made per document, each with the error handler it is given.
 */
final class FhirContexts {
    private FhirContexts() {}

    private static final class R4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    private static final class R5 {
        static final FhirContext CONTEXT = FhirContext.forR5();
    }

    /** A JSON or XML parser of {@code version}; XML is fed only after {@link SecureXml} has checked it. */
    static IParser parser(FhirVersion version, boolean xml, IParserErrorHandler errors) {
        FhirContext context = version == FhirVersion.R4 ? R4.CONTEXT : R5.CONTEXT;
        return (xml ? context.newXmlParser() : context.newJsonParser()).setParserErrorHandler(errors);
    }
}
