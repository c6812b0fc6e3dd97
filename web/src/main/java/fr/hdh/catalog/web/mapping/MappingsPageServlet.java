package fr.hdh.catalog.web.mapping;

import fr.hdh.catalog.core.RecordNotFoundException;
import fr.hdh.catalog.vocab.mapping.MappingCandidates;
import fr.hdh.catalog.vocab.mapping.MappingSet;
import fr.hdh.catalog.vocab.mapping.MappingSets;
import fr.hdh.catalog.web.page.HtmlResponses;
import fr.hdh.catalog.web.page.PageContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /mappings}: every stored mapping set as a table ({@link MappingsPage}); with
 * {@code ?variable=IRI}, that variable's candidate targets first (a variable the catalogue does not
 * describe shows none).
 */
final class MappingsPageServlet extends HttpServlet {
    static final String PATH = "/mappings";
    private static final int CANDIDATES = 10;

    private final transient MappingSets sets;
    private final transient MappingCandidates candidates;
    private final transient MappingsPage page;
    private final transient HtmlResponses html;

    MappingsPageServlet(MappingSets sets, MappingCandidates candidates, MappingsPage page, HtmlResponses html) {
        this.sets = sets;
        this.candidates = candidates;
        this.page = page;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageContext context = html.context(req, resp);
        Map<String, MappingSet> stored = new LinkedHashMap<>();
        for (String iri : sets.setIris()) {
            sets.get(iri).ifPresent(s -> stored.put(iri, s));
        }
        Optional<MappingCandidates.Candidates> asked = Optional.ofNullable(req.getParameter("variable"))
                .map(String::strip).filter(v -> !v.isEmpty() && v.length() <= 2000).flatMap(this::candidatesOf);
        html.send(resp, context, HttpServletResponse.SC_OK, page.view(stored, asked));
    }

    private Optional<MappingCandidates.Candidates> candidatesOf(String variable) {
        try {
            return Optional.of(candidates.candidates(variable, CANDIDATES));
        } catch (RecordNotFoundException e) {
            return Optional.of(new MappingCandidates.Candidates(variable, "", List.of()));
        }
    }
}
