package fr.hdh.catalog.core.search;

import java.util.Optional;

/**
 * One hit: the item, why it matched (a snippet, its matched words marked), and where it sits (its dataset
 * and table).
 *
 * @param iri the item
 * @param kind what it is
 * @param label its best label (French first, then English, then its name)
 * @param name its code or column name, when it has one ({@code DGN_PAL})
 * @param snippet where the words matched, as text in parts, the matched ones marked
 * @param score relevance, comparable within one answer only
 * @param dataset the dataset (or standard) a table or variable belongs to
 * @param table the table a variable belongs to
 * @param codeList the code list of a coded variable, or the scheme of a concept
 */
public record SearchHit(String iri, ItemKind kind, String label, Optional<String> name, Snippet snippet, float score,
                        Optional<ItemRef> dataset, Optional<ItemRef> table, Optional<ItemRef> codeList) {

    /** A resource a hit points to, with its label for display. */
    public record ItemRef(String iri, String label) {}
}
