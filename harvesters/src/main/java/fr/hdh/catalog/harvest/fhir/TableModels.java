package fr.hdh.catalog.harvest.fhir;

import fr.hdh.catalog.core.CatalogIris;
import fr.hdh.catalog.core.CatalogRecord;
import fr.hdh.catalog.core.RecordKind;
import fr.hdh.catalog.core.RecordSource;
import fr.hdh.catalog.ontologies.CSVW;
import fr.hdh.catalog.ontologies.HDH;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * {@code StructureDefinition} logical models and {@code Questionnaire}s as STANDARD records, the way
 * the OMOP CDM is published: a {@code dct:Standard} whose {@code dct:hasPart} is one {@code csvw:Table}
 * with a {@code csvw:Column} per element (path below the root, dotted) or per answerable item
 * ({@code linkId}). Datatypes follow the FHIR type: primitives map to their csvw built-in, complex
 * types are {@code json}. {@code maxLength} becomes {@code hdh:fieldLength}; a bound value set or an
 * item's {@code answerValueSet} becomes {@code hdh:codeList} (the value set's scheme, see
 * {@link FhirIris}). A column without definition is described by its short text, else by its name,
 * since every column needs a description. Profiles of resources (kind other than logical) are refused:
 * they describe FHIR's own structures, not a data dictionary.
 */
final class TableModels {
    private static final Map<String, String> CSVW_DATATYPE = Map.ofEntries(
            Map.entry("boolean", "boolean"), Map.entry("integer", "integer"), Map.entry("integer64", "integer"),
            Map.entry("positiveInt", "integer"), Map.entry("unsignedInt", "integer"), Map.entry("decimal", "decimal"),
            Map.entry("date", "date"), Map.entry("dateTime", "dateTime"), Map.entry("instant", "dateTime"),
            Map.entry("time", "time"), Map.entry("string", "string"), Map.entry("code", "string"),
            Map.entry("id", "string"), Map.entry("markdown", "string"), Map.entry("uri", "anyURI"),
            Map.entry("url", "anyURI"), Map.entry("canonical", "anyURI"), Map.entry("oid", "string"),
            Map.entry("uuid", "string"), Map.entry("base64Binary", "string"), Map.entry("text", "string"),
            Map.entry("choice", "string"), Map.entry("open-choice", "string"));

    private final FhirIris iris;
    private final RecordSource source;

    TableModels(FhirIris iris, RecordSource source) {
        this.iris = iris;
        this.source = source;
    }

    CatalogRecord logicalModel(StructureDefinition sd) {
        if (sd.getKind() != StructureDefinition.StructureDefinitionKind.LOGICAL) {
            throw new UnmappableResource("not a logical model: StructureDefinition.kind is "
                    + (sd.hasKind() ? sd.getKind().toCode() : "missing"));
        }
        List<ElementDefinition> elements = sd.hasSnapshot() ? sd.getSnapshot().getElement() : sd.getDifferential().getElement();
        Standard s = standard(sd, sd.hasType() ? sd.getType() : sd.getName());
        for (ElementDefinition e : elements) {
            int dot = e.getPath().indexOf('.');
            if (dot < 0) {
                continue;
            }
            String name = e.getPath().substring(dot + 1);
            String type = e.getType().size() == 1 ? e.getTypeFirstRep().getWorkingCode() : "";
            Node column = s.column(name, e.hasShort() ? e.getShort() : name,
                    e.hasDefinition() ? e.getDefinition() : e.hasShort() ? e.getShort() : name, datatype(type));
            if (e.hasMaxLength()) {
                s.t.string(column, HDH.fieldLength, Integer.toString(e.getMaxLength()));
            }
            if (e.hasBinding() && e.getBinding().hasValueSet()) {
                s.t.link(column, HDH.codeList, Triples.iri(iris.valueSet(e.getBinding().getValueSet())));
            }
            s.t.typed(column, CSVW.required, Boolean.toString(e.getMin() > 0), XSDDatatype.XSDboolean);
        }
        return s.record();
    }

    CatalogRecord questionnaire(Questionnaire q) {
        Standard s = standard(q, q.hasName() ? q.getName() : q.getIdElement().getIdPart());
        addItems(s, q.getItem());
        return s.record();
    }

    private void addItems(Standard s, List<Questionnaire.QuestionnaireItemComponent> items) {
        for (Questionnaire.QuestionnaireItemComponent item : items) {
            Questionnaire.QuestionnaireItemType type = item.getType();
            if (type != Questionnaire.QuestionnaireItemType.GROUP && type != Questionnaire.QuestionnaireItemType.DISPLAY
                    && item.hasLinkId()) {
                String text = item.hasText() ? item.getText() : item.getLinkId();
                Node column = s.column(item.getLinkId(), text, text, datatype(type == null ? "" : type.toCode()));
                if (item.hasMaxLength()) {
                    s.t.string(column, HDH.fieldLength, Integer.toString(item.getMaxLength()));
                }
                if (item.hasAnswerValueSet()) {
                    s.t.link(column, HDH.codeList, Triples.iri(iris.valueSet(item.getAnswerValueSet())));
                }
                s.t.typed(column, CSVW.required, Boolean.toString(item.getRequired()), XSDDatatype.XSDboolean);
            }
            addItems(s, item.getItem());
        }
    }

    private static String datatype(String fhirType) {
        if (fhirType == null || fhirType.isEmpty()) {
            return "string";
        }
        return CSVW_DATATYPE.getOrDefault(fhirType, Character.isUpperCase(fhirType.charAt(0)) ? "json" : "string");
    }

    private Standard standard(MetadataResource r, String tableName) {
        String title = r.hasTitle() ? r.getTitle() : r.getName();
        if (title == null || title.isBlank()) {
            throw new UnmappableResource("no title: " + r.fhirType() + ".title and .name are empty");
        }
        if (tableName == null || tableName.isBlank()) {
            throw new UnmappableResource("no name: " + r.fhirType() + ".name is empty");
        }
        String canonical = iris.canonicalOr(r.getUrl(), r.getIdElement().getIdPart());
        return new Standard(iris.catalog(), iris.standardId(canonical), tableName, canonical, r, title, source);
    }

    /** The record being written: the standard, its one table and the table's columns. */
    private static final class Standard {
        final Triples t = new Triples();
        final CatalogIris iris;
        final String id;
        final String tableName;
        final Node table;
        final RecordSource source;
        final String lang;

        Standard(CatalogIris iris, String id, String tableName, String canonical, MetadataResource r, String title,
                 RecordSource source) {
            this.iris = iris;
            this.id = id;
            this.tableName = tableName;
            this.source = source;
            this.lang = FhirText.language(r);
            Node standard = Triples.iri(iris.standard(id));
            table = Triples.iri(iris.standardTable(id, tableName));
            String description = r.hasDescription() ? r.getDescription() : title + " (FHIR " + r.fhirType() + " " + canonical + ")";
            t.type(standard, DCTerms.Standard).text(standard, DCTerms.title, title, lang)
                    .text(standard, DCTerms.description, description, lang)
                    .string(standard, DCTerms.identifier, canonical)
                    .string(standard, OWL.versionInfo, r.getVersion())
                    .link(standard, DCTerms.hasPart, table)
                    .type(table, CSVW.Table).string(table, CSVW.name, tableName)
                    .text(table, DCTerms.title, title, lang)
                    .text(table, DCTerms.description, description, lang);
        }

        Node column(String name, String title, String description, String datatype) {
            Node column = Triples.iri(iris.standardField(id, tableName, name));
            t.link(table, CSVW.column, column).type(column, CSVW.Column)
                    .string(column, CSVW.name, name)
                    .text(column, CSVW.title, title, lang)
                    .text(column, DCTerms.description, description, lang)
                    .string(column, CSVW.datatype, datatype);
            return column;
        }

        CatalogRecord record() {
            if (!t.graph().contains(table, CSVW.column.asNode(), Node.ANY)) {
                throw new UnmappableResource("no columns: no element below the root, or no answerable item");
            }
            return new CatalogRecord(iris.standard(id), RecordKind.STANDARD, t.graph(), source);
        }
    }
}
