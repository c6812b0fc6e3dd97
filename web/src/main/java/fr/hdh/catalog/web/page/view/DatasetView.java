package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * A dataset's page: its titles and descriptions, the key facts, its quality, its variable dictionary
 * table by table, links to its RDF, and its schema.org description.
 *
 * @param title the title in the page's language (else any)
 * @param otherTitle the title in the other language, shown beneath
 * @param descriptions the descriptions, the page's language first
 * @param facts the key facts, in a fixed order; a fact without values is left out
 * @param quality the measured metadata quality, when measured
 * @param origin where a harvested record came from, when it was harvested
 * @param amendments what the catalogue changed in the record when it harvested it (repairs, values dropped)
 * @param tables the variable dictionary, by table name
 * @param formats the dataset in the RDF formats
 * @param schemaOrg the schema.org description for web search engines
 * @param usage the projects and publications that used it, when any did
 */
public record DatasetView(String title, Optional<LangText> otherTitle, List<LangText> descriptions, List<Fact> facts,
                          Optional<QualityView> quality, Optional<Origin> origin, List<Amendment> amendments, List<Table> tables, List<Link> formats, JsonLd schemaOrg,
                          Optional<Usage> usage)
        implements PageView {

    /**
     * The dataset's reuse.
     *
     * @param projects how many projects used or requested it
     * @param publications how many publications cite it
     * @param years both by year, the earliest first
     * @param publicationList the publications, the latest first
     * @param projectList the projects, each a link to its page
     */
    public record Usage(int projects, int publications, List<Year> years, List<Publication> publicationList,
                        List<Link> projectList) {}

    /** Projects (by year of request) and publications (by year of issue) of one year. */
    public record Year(int year, int projects, int publications) {}

    /**
     * A publication: its title (a link to its DOI), its first authors, year, venue and DOI.
     */
    public record Publication(Link title, String authors, String year, String venue, String doi) {}

    /** A fact: the message key of its name ({@code fact.publisher}) and its values. */
    public record Fact(String key, List<Link> values) {}

    /**
     * A table of the dictionary.
     *
     * @param name its technical name, what researchers search for
     * @param page its own page
     * @param title its title when it differs from the name
     * @param description its description
     * @param variables its variables by name
     */
    public record Table(String name, Link page, Optional<String> title, Optional<String> description,
                       List<Variable> variables) {}

    /**
     * Where a harvested record came from.
     *
     * @param source the harvest source's name
     * @param document the document or page it was read from
     * @param changed when a harvest last changed it
     */
    public record Origin(String source, Link document, String changed) {}

    /**
     * One change made to the record on its way in.
     *
     * @param drop true for a value dropped, false for a repair
     * @param kind the repair's name or the rule broken
     * @param property the property, as a prefixed name
     * @param before the value as the source published it ({@code —} when none)
     * @param after the value stored instead ({@code —} when none)
     * @param reason why, in plain words
     */
    public record Amendment(boolean drop, String kind, String property, String before, String after, String reason) {}

    /** A variable: its name (a link to its page), title, data type and code list. */
    public record Variable(Link name, String title, String datatype, Optional<Link> codeList) {}

    @Override
    public String template() {
        return "dataset.jte";
    }

    @Override
    public String title(Messages m) {
        return title;
    }

    @Override
    public Optional<JsonLd> jsonLd() {
        return Optional.of(schemaOrg);
    }
}
