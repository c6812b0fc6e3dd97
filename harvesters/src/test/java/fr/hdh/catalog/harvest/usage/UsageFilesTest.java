package fr.hdh.catalog.harvest.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.usage.ProjectForm;
import fr.hdh.catalog.core.usage.PublicationForm;
import fr.hdh.catalog.harvest.usage.UsageFiles.Format;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every usage format read into forms, and every malformed file refused naming its line or field. The
 * entries are fixtures (DOI prefix 10.5555, reserved for examples), not real publications.
 */
class UsageFilesTest {

    @Test
    void bibtexEntriesWithBracesQuotesAccentsAndOurDatasetsField() {
        String bib = """
                @comment{exported by a reference manager}
                @article{martin2020,
                  title = {Parcours de soins apr{\\`e}s un {AVC}},
                  author = "Martin, Anne and Durand, Paul",
                  journal = {Revue d'{\\'e}pid{\\'e}miologie},
                  year = 2020,
                  doi = {10.5555/Fixture.1},
                  datasets = {pmsi-mco, snds-dcir}
                }
                @inproceedings{doe2021, title={A second fixture}, author={Doe, Jane}, booktitle={Proceedings}, year={2021}}
                """;
        List<PublicationForm> forms = UsageFiles.publications(bib, Format.BIBTEX, "refs.bib");
        assertEquals(2, forms.size());
        PublicationForm first = forms.get(0);
        assertEquals("Parcours de soins après un AVC", first.title());
        assertEquals(List.of("Martin, Anne", "Durand, Paul"), first.authors());
        assertEquals("Revue d'épidémiologie", first.venue());
        assertEquals("2020", first.issued());
        assertEquals("10.5555/Fixture.1", first.doi());
        assertEquals(List.of("pmsi-mco", "snds-dcir"), first.datasets());
        assertEquals("refs.bib, line 2 (martin2020)", first.origin());
        assertEquals("Proceedings", forms.get(1).venue());
    }

    @Test
    void aBibtexEntryLeftOpenIsRefusedNamingItsLine() {
        String bib = "@article{ok, title={Fine}, year=2020}\n\n@article{broken,\n  title = {Never closed,\n  year = 2021\n";
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications(bib, Format.BIBTEX, "refs.bib"));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("refs.bib, line 4:"), e.getMessage());
    }

    @Test
    void risRecordsWithContinuationLinesAndDoiLinks() {
        String ris = """
                TY  - JOUR
                TI  - Care pathways after
                  myocardial infarction
                AU  - Martin, Anne
                AU  - Durand, Paul
                PY  - 2019/05/01
                T2  - Journal of Fixtures
                UR  - https://doi.org/10.5555/fixture.2
                C1  - pmsi-mco; snds-dcir
                ER  -\s

                TY  - RPRT
                TI  - A report without DOI
                ER  -\s
                """;
        List<PublicationForm> forms = UsageFiles.publications(ris, Format.RIS, "refs.ris");
        assertEquals(2, forms.size());
        assertEquals("Care pathways after myocardial infarction", forms.get(0).title());
        assertEquals("2019", forms.get(0).issued());
        assertEquals("https://doi.org/10.5555/fixture.2", forms.get(0).doi());
        assertEquals(List.of("pmsi-mco", "snds-dcir"), forms.get(0).datasets());
        assertEquals("refs.ris, line 12", forms.get(1).origin());
    }

    @Test
    void aRisRecordWithoutErOrAStrayLineIsRefused() {
        MalformedInputException open = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications("TY  - JOUR\nTI  - x\n", Format.RIS, "a.ris"));
        assertEquals(1, open.line());
        MalformedInputException stray = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications("hello\nTY  - JOUR\nER  - \n", Format.RIS, "a.ris"));
        assertEquals(1, stray.line());
    }

    @Test
    void crossrefAnswersForOneWorkAndForAList() {
        String one = """
                {"status":"ok","message-type":"work","message":{"DOI":"10.5555/fixture.3",
                 "title":["A Crossref fixture"],"author":[{"given":"Anne","family":"Martin"},{"name":"Fixture Consortium"}],
                 "container-title":["Journal of Fixtures"],"issued":{"date-parts":[[2022,3,1]]},"language":"en"}}
                """;
        PublicationForm w = UsageFiles.publications(one, Format.CROSSREF, "w.json").get(0);
        assertEquals("10.5555/fixture.3", w.doi());
        assertEquals(List.of("Martin, Anne", "Fixture Consortium"), w.authors());
        assertEquals("2022", w.issued());
        assertEquals("Journal of Fixtures", w.venue());
        String list = "{\"message\":{\"items\":[{\"DOI\":\"10.5555/a\",\"title\":[\"A\"]},{\"DOI\":\"10.5555/b\",\"title\":[\"B\"]}]}}";
        assertEquals(2, UsageFiles.publications(list, Format.CROSSREF, "l.json").size());
        MalformedInputException bad = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications("{\"message\":\n{\"DOI\": }", Format.CROSSREF, "bad.json"));
        assertEquals(2, bad.line(), bad.getMessage());
    }

    @Test
    void csvOfPublicationsAndProjects() {
        String pubs = "doi,title,authors,year,datasets\n10.5555/fixture.4,\"Title, with comma\",\"Martin, Anne; Doe, Jane\",2021,pmsi-mco\n";
        PublicationForm p = UsageFiles.publications(pubs, Format.CSV, "p.csv").get(0);
        assertEquals("Title, with comma", p.title());
        assertEquals(List.of("Martin, Anne", "Doe, Jane"), p.authors());
        assertEquals("p.csv, line 2", p.origin());
        String projects = "id,title_fr,title_en,sponsor,sponsor_type,used_datasets,status,date_submitted,linkage\n"
                + "p1,Projet,Project,Institut fictif,public,pmsi-mco;snds-dcir,running,2021-01-04,oui\n";
        ProjectForm f = UsageFiles.projects(projects, Format.CSV, "projects.csv").get(0);
        assertEquals(Map.of("fr", "Projet", "en", "Project"), f.title());
        assertEquals(List.of("pmsi-mco", "snds-dcir"), f.used());
        assertEquals(Boolean.TRUE, f.linkage());
        MalformedInputException typo = assertThrows(MalformedInputException.class,
                () -> UsageFiles.projects("id,titel\np1,x\n", Format.CSV, "projects.csv"));
        assertTrue(typo.getMessage().contains("unknown column 'titel'"), typo.getMessage());
        MalformedInputException cells = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications("doi,title\n10.5555/x,a\n10.5555/y,b,c\n", Format.CSV, "p.csv"));
        assertEquals(3, cells.line());
    }

    @Test
    void ourJsonNamesAWrongFieldByItsPath() {
        String ok = "[{\"id\":\"p1\",\"title\":{\"fr\":\"Projet\"},\"sponsor\":{\"name\":\"X\",\"type\":\"start-up\"},"
                + "\"usedDatasets\":[\"pmsi-mco\"],\"involvesLinkage\":false}]";
        ProjectForm f = UsageFiles.projects(ok, Format.JSON, "body").get(0);
        assertEquals("start-up", f.sponsorType());
        assertEquals("body [0]", f.origin());
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> UsageFiles.projects("{\"id\":\"p1\",\"sponsor\":{\"nom\":\"X\"}}", Format.JSON, "body"));
        assertTrue(e.getMessage().contains("field sponsor.nom: unknown field"), e.getMessage());
        MalformedInputException type = assertThrows(MalformedInputException.class,
                () -> UsageFiles.publications("{\"title\":\"T\",\"authors\":[1]}", Format.JSON, "body"));
        assertTrue(type.getMessage().contains("field authors[0]: text is expected"), type.getMessage());
    }
}
