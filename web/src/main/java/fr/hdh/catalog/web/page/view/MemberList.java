package fr.hdh.catalog.web.page.view;

import java.util.List;
import java.util.Optional;

/**
 * One page of the many resources beneath another (the codes of a code list), filtered by a text.
 *
 * @param lines the resources of this page, code then label
 * @param total how many resources are beneath, filter aside
 * @param matching how many hold the filter text (all of them without a filter)
 * @param from the position of this page's first line among the matching ones (1-based; 0 when none match)
 * @param to the position of its last line
 * @param filter the filter text, empty for none
 * @param previous the address of the page before, if any
 * @param next the address of the page after, if any
 * @param action the address the filter form is sent to (the resource's page)
 */
public record MemberList(List<ResourceView.Line> lines, int total, int matching, int from, int to, String filter,
                         Optional<String> previous, Optional<String> next, String action) {
    public MemberList {
        lines = List.copyOf(lines);
    }
}
