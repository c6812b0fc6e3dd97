package fr.hdh.catalog.web.page;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms the dataset page and its schema.org description read. */
final class DatasetTerms {
    static final Node TITLE = dct("title");
    static final Node DESCRIPTION = dct("description");
    static final Node PUBLISHER = dct("publisher");
    static final Node ACCESS_RIGHTS = dct("accessRights");
    static final Node IDENTIFIER = dct("identifier");
    static final Node TEMPORAL = dct("temporal");
    static final Node SPATIAL = dct("spatial");
    static final Node LICENSE = dct("license");
    static final Node THEME = dcat("theme");
    static final Node KEYWORD = dcat("keyword");
    static final Node DISTRIBUTION = dcat("distribution");
    static final Node LANDING_PAGE = dcat("landingPage");
    static final Node ACCESS_URL = dcat("accessURL");
    static final Node START_DATE = dcat("startDate");
    static final Node END_DATE = dcat("endDate");
    static final Node HEALTH_CATEGORY = NodeFactory.createURI("http://healthdataportal.eu/ns/health#healthCategory");
    static final Node HAS_VARIABLES = NodeFactory.createURI("http://healthdataportal.eu/ns/health#hasVariables");
    static final Node CATALOGUE_ENTRY = NodeFactory.createURI("https://w3id.org/hdh-catalog/ns#catalogueEntry");
    static final Node CODE_LIST = NodeFactory.createURI("https://w3id.org/hdh-catalog/ns#codeList");
    static final Node CSVW_TABLE = csvw("table");
    static final Node CSVW_COLUMN = csvw("column");
    static final Node CSVW_NAME = csvw("name");
    static final Node CSVW_TITLE = csvw("title");
    static final Node CSVW_DATATYPE = csvw("datatype");

    private DatasetTerms() {}

    private static Node dct(String local) {
        return NodeFactory.createURI("http://purl.org/dc/terms/" + local);
    }

    private static Node dcat(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/dcat#" + local);
    }

    private static Node csvw(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/csvw#" + local);
    }
}
