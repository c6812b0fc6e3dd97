package fr.hdh.catalog.harvest.ckan;

import fr.hdh.catalog.ontologies.ADMS;
import fr.hdh.catalog.ontologies.CV;
import fr.hdh.catalog.ontologies.DCATAP;
import fr.hdh.catalog.ontologies.DPV;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import fr.hdh.catalog.ontologies.PROV;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms ckanext-dcat's DCAT-AP 3 and HealthDCAT-AP profiles write that Jena has no constants for. */
final class CkanTerms {
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String LOCN = "http://www.w3.org/ns/locn#";
    static final String GSP = "http://www.opengis.net/ont/geosparql#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String DQV = "http://www.w3.org/ns/dqv#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";

    static final Node VCARD_KIND = vcard("Kind");
    static final Node VCARD_ORGANIZATION = vcard("Organization");
    static final Node VCARD_FN = vcard("fn");
    static final Node VCARD_HAS_EMAIL = vcard("hasEmail");
    static final Node VCARD_HAS_UID = vcard("hasUID");
    static final Node VCARD_HAS_URL = vcard("hasURL");

    static final Node DCAT_VERSION = uri(org.apache.jena.vocabulary.DCAT.NS + "version");
    static final Node DCAT_HAS_VERSION = uri(org.apache.jena.vocabulary.DCAT.NS + "hasVersion");
    /** DCAT 2 qualifies attributions with PROV (ckanext-dcat reads them from there, though it writes {@code dcat:qualifiedAttribution}). */
    static final Node PROV_QUALIFIED_ATTRIBUTION = uri(PROV.NS + "qualifiedAttribution");
    static final Node PROV_ATTRIBUTION = uri(PROV.NS + "Attribution");
    static final Node PROV_AGENT = uri(PROV.NS + "agent");
    static final Node DCAT_ROLE = uri(org.apache.jena.vocabulary.DCAT.NS + "Role");

    static final Node LOCN_GEOMETRY = uri(LOCN + "geometry");
    static final Node WKT_LITERAL_TYPE = uri(GSP + "wktLiteral");

    static final Node SPDX_CHECKSUM = uri(SPDX + "checksum");
    static final Node SPDX_CHECKSUM_CLASS = uri(SPDX + "Checksum");
    static final Node SPDX_CHECKSUM_VALUE = uri(SPDX + "checksumValue");
    static final Node SPDX_ALGORITHM = uri(SPDX + "algorithm");
    static final Node SPDX_CHECKSUM_ALGORITHM = uri(SPDX + "ChecksumAlgorithm");

    static final Node ADMS_IDENTIFIER = ADMS.identifier.asNode();
    static final Node ADMS_IDENTIFIER_CLASS = ADMS.Identifier.asNode();
    static final Node ADMS_SAMPLE = ADMS.sample.asNode();
    static final Node ADMS_STATUS = ADMS.status.asNode();
    static final Node ADMS_VERSION_NOTES = uri(ADMS.NS + "versionNotes");

    static final Node DCATAP_APPLICABLE_LEGISLATION = DCATAP.applicableLegislation.asNode();
    static final Node DCATAP_AVAILABILITY = DCATAP.availability.asNode();
    static final Node DCATAP_HVD_CATEGORY = uri(DCATAP.NS + "hvdCategory");
    static final Node ELI_LEGAL_RESOURCE = uri(ELI + "LegalResource");

    static final Node PROV_ACTIVITY = PROV.Activity.asNode();
    static final Node PROV_WAS_GENERATED_BY = PROV.wasGeneratedBy.asNode();
    static final Node PROV_WAS_ASSOCIATED_WITH = PROV.wasAssociatedWith.asNode();
    static final Node PROV_STARTED_AT_TIME = PROV.startedAtTime.asNode();
    static final Node PROV_ACTED_ON_BEHALF_OF = uri(PROV.NS + "actedOnBehalfOf");
    static final Node PROV_ORGANIZATION = uri(PROV.NS + "Organization");

    static final Node CV_CONTACT_POINT = CV.contactPoint.asNode();
    static final Node CV_CONTACT_POINT_CLASS = CV.ContactPoint.asNode();
    static final Node CV_EMAIL = CV.email.asNode();
    static final Node CV_CONTACT_PAGE = CV.contactPage.asNode();
    static final Node HEALTH_HAS_STRUCTURED_DATA = HealthDCATAP.hasStructuredData.asNode();

    static final Node DQV_HAS_QUALITY_ANNOTATION = uri(DQV + "hasQualityAnnotation");
    static final Node OA_ANNOTATION = uri(OA + "Annotation");
    static final Node OA_HAS_BODY = uri(OA + "hasBody");
    static final Node OA_HAS_TARGET = uri(OA + "hasTarget");
    static final Node OA_MOTIVATED_BY = uri(OA + "motivatedBy");

    static final Node HEALTH_ANALYTICS = HealthDCATAP.analytics.asNode();
    static final Node HEALTH_CODE_VALUES = HealthDCATAP.hasCodeValues.asNode();
    static final Node HEALTH_CODING_SYSTEM = HealthDCATAP.hasCodingSystem.asNode();
    static final Node HEALTH_CATEGORY = HealthDCATAP.healthCategory.asNode();
    static final Node HEALTH_THEME = HealthDCATAP.healthTheme.asNode();
    static final Node HEALTH_HDAB = HealthDCATAP.hdab.asNode();
    static final Node HEALTH_MIN_TYPICAL_AGE = HealthDCATAP.minTypicalAge.asNode();
    static final Node HEALTH_MAX_TYPICAL_AGE = HealthDCATAP.maxTypicalAge.asNode();
    static final Node HEALTH_NUMBER_OF_RECORDS = HealthDCATAP.numberOfRecords.asNode();
    static final Node HEALTH_NUMBER_OF_UNIQUE_INDIVIDUALS = HealthDCATAP.numberOfUniqueIndividuals.asNode();
    static final Node HEALTH_POPULATION_COVERAGE = HealthDCATAP.populationCoverage.asNode();
    static final Node HEALTH_PUBLISHER_NOTE = HealthDCATAP.publisherNote.asNode();
    static final Node HEALTH_PUBLISHER_TYPE = HealthDCATAP.publisherType.asNode();
    static final Node HEALTH_RETENTION_PERIOD = HealthDCATAP.retentionPeriod.asNode();
    static final Node HEALTH_TRUSTED_DATA_HOLDER = HealthDCATAP.trustedDataHolder.asNode();

    static final Node DPV_HAS_LEGAL_BASIS = DPV.hasLegalBasis.asNode();
    static final Node DPV_HAS_PERSONAL_DATA = DPV.hasPersonalData.asNode();
    static final Node DPV_HAS_PURPOSE = DPV.hasPurpose.asNode();

    private CkanTerms() {}

    private static Node vcard(String local) {
        return uri(VCARD + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
