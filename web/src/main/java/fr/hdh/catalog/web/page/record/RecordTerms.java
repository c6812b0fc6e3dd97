package fr.hdh.catalog.web.page.record;

import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.CV;
import fr.hdh.catalog.ontologies.HDH;
import fr.hdh.catalog.ontologies.HealthDCATAP;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The terms the table, variable and producer pages read, as graph nodes. */
final class RecordTerms {
    static final Node TYPE = RDF.type.asNode();
    static final Node TABLE = CSVW.Table.asNode();
    static final Node COLUMN = CSVW.Column.asNode();
    static final Node ORGANIZATION = FOAF.Organization.asNode();
    static final Node CSVW_TABLE = CSVW.table.asNode();
    static final Node CSVW_COLUMN = CSVW.column.asNode();
    static final Node CSVW_NAME = CSVW.name.asNode();
    static final Node CSVW_DATATYPE = CSVW.datatype.asNode();
    static final Node PRIMARY_KEY = CSVW.primaryKey.asNode();
    static final Node HAS_VARIABLES = HealthDCATAP.hasVariables.asNode();
    static final Node CODE_LIST = HDH.codeList.asNode();
    static final Node FIELD_LENGTH = HDH.fieldLength.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node PUBLISHER = DCTerms.publisher.asNode();
    static final Node HOMEPAGE = FOAF.homepage.asNode();
    static final Node MBOX = FOAF.mbox.asNode();
    static final Node PAGE = FOAF.page.asNode();
    static final Node PRIMARY_TOPIC_OF = FOAF.isPrimaryTopicOf.asNode();
    static final Node LANDING_PAGE = DCAT.landingPage.asNode();
    static final Node CONTACT_POINT = CV.contactPoint.asNode();
    static final Node CONTACT_PAGE = CV.contactPage.asNode();
    static final Node EMAIL = CV.email.asNode();
    static final Node NOTATION = SKOS.notation.asNode();

    private RecordTerms() {}
}
