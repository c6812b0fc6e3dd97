package fr.hdh.catalog.core.search;

/**
 * A completion of what the user is typing: a label to show and the item it leads to.
 *
 * @param text the label (or code) completed
 * @param iri the item
 * @param kind what the item is
 * @param context where it sits (a variable's table and dataset), possibly empty
 */
public record Suggestion(String text, String iri, ItemKind kind, String context) {}
