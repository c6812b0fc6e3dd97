package fr.hdh.catalog.web.page.view;

import java.util.List;

/**
 * The public directory of projects: who uses which data, for what, at which step.
 *
 * @param projects the live projects, by title
 * @param publications how many publications the catalogue holds (a link to their list)
 */
public record ProjectsView(List<Project> projects, int publications) implements PageView {

    /**
     * One project.
     *
     * @param title its title in the page's language (else any), a link to its page
     * @param sponsor its sponsor's name, empty when unknown
     * @param sponsorTypeKey the message key of the sponsor's kind ({@code usage.sponsor.public}), empty when unknown
     * @param statusKey the message key of its status ({@code usage.status.running}), empty when unknown
     * @param purpose its purpose in the page's language (else any), empty when unknown
     * @param legalBasis its legal basis, empty when unknown
     * @param dates its dates as message key and day ({@code usage.date.submitted}, {@code 2021-03-04})
     * @param requested the datasets it requested, links to their pages
     * @param used the datasets it used
     * @param results links to its results
     */
    public record Project(Link title, String sponsor, String sponsorTypeKey, String statusKey, String purpose,
                          String legalBasis, List<Dated> dates, List<Link> requested, List<Link> used, List<Link> results) {}

    /** A dated step: the message key of its name and the day. */
    public record Dated(String key, String day) {}

    @Override
    public String template() {
        return "projects.jte";
    }

    @Override
    public String title(Messages m) {
        return m.t("usage.directory.projects");
    }
}
