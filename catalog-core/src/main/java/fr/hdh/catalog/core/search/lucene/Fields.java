package fr.hdh.catalog.core.search.lucene;

import fr.hdh.catalog.core.search.LangText;

/** The names of the index's fields, in one place. */
final class Fields {
    /** {@link #ITEM} for a searchable document, {@link #RECORD} for the one marker per record. */
    static final String DOC_TYPE = "doc_type";
    static final String ITEM = "item";
    static final String RECORD = "record";
    /** A mapping's words about an item ({@link fr.hdh.catalog.core.search.MappedText}): searched by the expansion, never a hit. */
    static final String MAPPING = "mapping";
    static final String MAPPED_SUBJECT = "mapped_subject";

    static final String IRI = "iri";
    static final String RECORD_IRI = "record_iri";
    static final String RECORD_HASH = "record_hash";
    static final String KIND = "kind";
    static final String LABEL = "label";
    static final String NAME = "name";
    static final String LABEL_SORT = "label_sort";
    static final String SUGGEST = "suggest";
    static final String SUGGEST_RANK = "suggest_rank";
    static final String PRIOR = "prior";
    /**
     * The order items were added in, across writer threads and restarts: equal ranks are broken by it (see
     * {@link Orders}), so a ranking never depends on how the writer spread documents over segments.
     */
    static final String SEQ = "seq";
    /** Code lists a variable is coded with (and a concept's scheme): the target of vocabulary expansion. */
    static final String CODING = "coding";
    /** Producers of a dataset: the target of producer expansion. */
    static final String PRODUCER = "producer";
    static final String CODES = "codes";
    static final String DATASET_IRI = "dataset_iri";
    static final String DATASET_LABEL = "dataset_label";
    static final String TABLE_IRI = "table_iri";
    static final String TABLE_LABEL = "table_label";
    static final String CODE_LIST_IRI = "code_list_iri";
    static final String CODE_LIST_LABEL = "code_list_label";
    /** A code list's family: itself and the lists it copies its codes from; one family is one terminology to the expansion. */
    static final String CODE_LIST_FAMILY = "code_list_family";

    /** The families of analysed text, each in a French and an English field. */
    enum Text {
        TITLE("title", 6f),
        KEYWORDS("keywords", 3f),
        DESCRIPTION("desc", 1.5f),
        CONTEXT("context", 0.6f);

        private final String french;
        private final String english;
        private final float weight;

        Text(String prefix, float weight) {
            this.french = prefix + "_fr";
            this.english = prefix + "_en";
            this.weight = weight;
        }

        /** The English field for English, the French one otherwise. */
        String field(LangText.Lang lang) {
            return lang == LangText.Lang.EN ? english : french;
        }

        /** How much a match in this family weighs, against {@link #CODE_WEIGHT} for codes. */
        float weight() {
            return weight;
        }
    }

    /** A code or name matched exactly outweighs any title. */
    static final float CODE_WEIGHT = 12f;

    private Fields() {}

    static boolean isEnglish(String field) {
        return field.endsWith("_en");
    }

    static boolean isFrench(String field) {
        return field.endsWith("_fr");
    }
}
