package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.Facet;
import fr.hdh.catalog.core.search.ItemKind;
import fr.hdh.catalog.core.search.LangText;
import fr.hdh.catalog.core.search.SearchDocument;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns the port's documents into Lucene documents: analysed text per language, exact codes, stored
 * fields for display, doc values for sorting, ranking priors and facets.
 */
final class Documents {
    /**
     * Analysed text matched word by word only (keywords, context, codes, completions): no positions, which
     * only phrases (titles and descriptions) and snippets (the same) need; scores are the same without them.
     */
    private static final FieldType WORDS_ONLY = wordsOnly();

    private static final BytesRef ITEM = new BytesRef(Fields.ITEM);

    private final FacetFields facets;

    Documents(FacetsConfig facets) {
        this.facets = new FacetFields(facets);
    }

    /** The facets configuration shared by the writer and the readers. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet f : Facet.values()) {
            config.setMultiValued(f.param(), true);
            // searches drill down on values, never on a whole dimension: one term per value is enough
            config.setDrillDownTermsIndexing(f.param(), FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** The marker that remembers which version of a record the index holds. */
    static Document recordMarker(String recordIri, String contentHash) {
        Document d = new Document();
        d.add(new StringField(Fields.DOC_TYPE, Fields.RECORD, Field.Store.NO));
        d.add(new StringField(Fields.RECORD_IRI, recordIri, Field.Store.YES));
        d.add(new StoredField(Fields.RECORD_HASH, contentHash));
        return d;
    }

    /**
     * The document of what one mapping says an item means: its words in the English title field, so the words
     * of a query match them as they match an item's title; {@link Fields#DOC_TYPE} keeps it out of the hits.
     */
    static Document mapping(String recordIri, fr.hdh.catalog.core.search.MappedText mapped) {
        Document d = new Document();
        d.add(new StringField(Fields.DOC_TYPE, Fields.MAPPING, Field.Store.NO));
        d.add(new StringField(Fields.RECORD_IRI, recordIri, Field.Store.NO));
        d.add(new StringField(Fields.MAPPED_SUBJECT, mapped.subjectIri(), Field.Store.YES));
        d.add(new TextField(Fields.Text.TITLE.field(LangText.Lang.EN), mapped.text(), Field.Store.NO));
        return d;
    }

    /** The document of one item; {@code seq}: its place in the order items were added in ({@link Fields#SEQ}). */
    Document item(SearchDocument doc, long seq) {
        Document d = new Document();
        d.add(new NumericDocValuesField(Fields.SEQ, seq));
        d.add(new StringField(Fields.DOC_TYPE, ITEM, Field.Store.NO));
        d.add(new StringField(Fields.IRI, doc.iri(), Field.Store.YES));
        d.add(new StringField(Fields.RECORD_IRI, doc.recordIri(), Field.Store.NO));
        d.add(new StringField(Fields.KIND, doc.kind().id(), Field.Store.YES));
        String label = doc.label();
        d.add(new StoredField(Fields.LABEL, label));
        d.add(new SortedDocValuesField(Fields.LABEL_SORT, new BytesRef(Analysis.sortKey(label))));
        d.add(new NumericDocValuesField(Fields.SUGGEST_RANK, suggestRank(doc.kind(), label)));
        d.add(new FloatDocValuesField(Fields.PRIOR, prior(doc.kind())));
        if (!doc.codes().isEmpty()) {
            d.add(new StoredField(Fields.NAME, doc.codes().get(0)));
        }
        for (String code : doc.codes()) {
            d.add(new Field(Fields.CODES, code, WORDS_ONLY));
            d.add(new Field(Fields.SUGGEST, code, WORDS_ONLY));
            String words = codeWords(code);
            if (!words.equals(code)) {
                d.add(new Field(Fields.Text.KEYWORDS.field(LangText.Lang.FR), words, WORDS_ONLY));
                d.add(new Field(Fields.Text.KEYWORDS.field(LangText.Lang.EN), words, WORDS_ONLY));
            }
            if (doc.kind() == ItemKind.VARIABLE) {
                NameParts.SNDS.english(code).ifPresent(english ->
                        d.add(new Field(Fields.Text.KEYWORDS.field(LangText.Lang.EN), english, WORDS_ONLY)));
            }
        }
        addText(d, Fields.Text.TITLE, doc.titles(), TextField.TYPE_STORED);
        addText(d, Fields.Text.KEYWORDS, doc.keywords(), WORDS_ONLY);
        addText(d, Fields.Text.DESCRIPTION, doc.descriptions(), TextField.TYPE_STORED);
        addText(d, Fields.Text.CONTEXT, doc.context(), WORDS_ONLY);
        doc.titles().forEach(t -> d.add(new Field(Fields.SUGGEST, t.text(), WORDS_ONLY)));
        doc.facets().getOrDefault(Facet.CODING_SYSTEM, Set.of())
                .forEach(v -> d.add(new StringField(Fields.CODING, v, Field.Store.NO)));
        doc.facets().getOrDefault(Facet.PRODUCER, Set.of())
                .forEach(v -> d.add(new StringField(Fields.PRODUCER, v, Field.Store.NO)));
        doc.dataset().ifPresent(r -> storeRef(d, Fields.DATASET_IRI, Fields.DATASET_LABEL, r.iri(), r.label()));
        doc.table().ifPresent(r -> storeRef(d, Fields.TABLE_IRI, Fields.TABLE_LABEL, r.iri(), r.label()));
        doc.codeList().ifPresent(r -> storeRef(d, Fields.CODE_LIST_IRI, Fields.CODE_LIST_LABEL, r.iri(), r.label()));
        if (doc.kind() == ItemKind.CODE_LIST) {
            d.add(new StringField(Fields.CODE_LIST_FAMILY, doc.iri(), Field.Store.YES));
            doc.sources().forEach(v -> d.add(new StringField(Fields.CODE_LIST_FAMILY, v, Field.Store.YES)));
        }
        doc.facets().forEach((facet, values) -> values.forEach(v -> facets.add(d, facet, v)));
        return d;
    }

    /**
     * The words of a code: {@code condition_occurrence} is also found as "condition occurrence", and a name whose
     * parts run together in mixed case as its parts ({@code T_SSRaaCSARR}, the SNDS table of year {@code aa}, as
     * "T SSR aa CSARR").
     */
    static String codeWords(String code) {
        return code.replace('_', ' ')
                .replaceAll("(?<=\\p{Lu})(?=\\p{Ll}+\\p{Lu})", " ")
                .replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
    }

    private static void addText(Document d, Fields.Text family, List<LangText> texts, FieldType type) {
        for (LangText t : texts) {
            if (t.lang() != LangText.Lang.EN) {
                d.add(new Field(family.field(LangText.Lang.FR), t.text(), type));
            }
            if (t.lang() != LangText.Lang.FR) {
                d.add(new Field(family.field(LangText.Lang.EN), t.text(), type));
            }
        }
    }

    private static void storeRef(Document d, String iriField, String labelField, String iri, String label) {
        d.add(new StoredField(iriField, iri));
        d.add(new StoredField(labelField, label));
    }

    /**
     * A prior on relevance by kind: researchers look for datasets, tables and variables first; the
     * 240,000 concepts of the code lists must not crowd them out of the first page, nor the projects and
     * publications that used them (found first with {@code kind=project} or {@code kind=publication}).
     */
    static float prior(ItemKind kind) {
        return switch (kind) {
            case DATASET -> 1.5f;
            case TABLE, PRODUCER -> 1.3f;
            case VARIABLE, STANDARD -> 1.2f;
            case PROJECT, PUBLICATION -> 0.5f;
            case CODE_LIST -> 1.0f;
            case CONCEPT -> 0.5f;
        };
    }

    /** Completions list datasets first, then tables and variables, then the rest; shorter labels first within each. */
    private static long suggestRank(ItemKind kind, String label) {
        int group = switch (kind) {
            case DATASET -> 0;
            case TABLE, VARIABLE -> 1;
            default -> 2;
        };
        return group * 1000L + Math.min(label.length(), 999);
    }
}
