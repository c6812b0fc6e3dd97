package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * A concept's page: where it sits (its scheme, then its broader concepts down to it), its labels and
 * notation, the concepts beneath it, its mappings and the variables and datasets that use its scheme.
 *
 * @param title its label in the page's language
 * @param iri its IRI
 * @param notation its code, if any
 * @param breadcrumb its scheme(s) then its broader concepts, top first
 * @param labels its labels: kind ({@code pref}, {@code alt}, {@code definition}), language and text
 * @param narrower the concepts directly beneath it, one page of them
 * @param narrowerTotal how many concepts are directly beneath it
 * @param moreNarrower where the next page of narrower concepts is, if there is one
 * @param mappings its mappings, SKOS statements and SSSOM mappings
 * @param variables the variables coded with its scheme
 * @param datasets the datasets declaring its scheme
 * @param api where its JSON description is
 */
public record ConceptView(String title, String iri, Optional<String> notation, List<Link> breadcrumb, List<Label> labels,
                          List<Member> narrower, int narrowerTotal, Optional<String> moreNarrower, List<Mapping> mappings,
                          List<Use> variables, List<Link> datasets, String api, boolean retired) implements PageView {

    /** One label: its kind's message key ({@code vocab.label.pref}), its language tag (may be empty) and text. */
    public record Label(String kindKey, String lang, String text) {}

    /** A concept beneath: its code (a link to its page) and its label when the label says more than the code. */
    public record Member(Link code, Optional<String> label) {}

    /**
     * One mapping: the predicate's short form ({@code skos:exactMatch}), the other side (a link), and for an
     * SSSOM mapping its justification, confidence, status and the set it comes from (empty for a SKOS statement).
     */
    public record Mapping(String predicate, boolean inverse, Link other, String justification, String confidence,
                          String status, Optional<Link> set) {}

    /** A variable coded with the scheme, with its table and dataset (text when unknown). */
    public record Use(Link variable, Link table, Link dataset) {}

    @Override
    public String template() {
        return "concept.jte";
    }

    @Override
    public String title(Messages m) {
        return notation.map(n -> n.equals(title) ? title : n + " " + title).orElse(title);
    }
}
