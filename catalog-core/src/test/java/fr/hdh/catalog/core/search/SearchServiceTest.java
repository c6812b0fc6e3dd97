package fr.hdh.catalog.core.search;

import static fr.hdh.catalog.core.search.MiniCatalogue.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.Progress;
import fr.hdh.catalog.core.record.RecordProvenance;
import fr.hdh.catalog.core.search.lucene.LuceneSearchIndex;
import fr.hdh.catalog.core.store.CatalogStore;
import fr.hdh.catalog.core.store.StoreWriter;
import fr.hdh.catalog.ontologies.PROV;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search service over the small fixture catalogue: what a researcher types, what comes first. */
class SearchServiceTest {
    private CatalogStore store;
    private StoreWriter writer;
    private SearchService search;

    @BeforeEach
    void load() {
        store = CatalogStore.inMemory();
        writer = store.writer();
        search = new SearchService(LuceneSearchIndex.inMemory(), store);
        search.reindex(MiniCatalogue.writeInto(store, writer), Progress.NONE);
    }

    @AfterEach
    void close() {
        search.close();
        store.close();
    }

    private List<String> top(SearchQuery q) {
        return search.search(q).hits().stream().map(SearchHit::iri).toList();
    }

    private static Graph turtle(String body) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                """ + body).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        return g;
    }

    private List<String> top(String text) {
        return top(SearchQuery.text(text));
    }

    @Test
    void aVariableIsFoundFirstByItsNameInAnyCase() {
        assertEquals(DGN_PAL, top("DGN_PAL").get(0));
        assertEquals(DGN_PAL, top("dgn_pal").get(0));
        assertEquals(BEN_NAI_ANN, top("ben_nai_ann").get(0));
    }

    @Test
    void hitsByRelevanceCarryTheirScoresBestFirst() {
        List<SearchHit> hits = search.search(SearchQuery.text("séjour diagnostic")).hits();
        assertTrue(hits.size() > 1, hits.toString());
        assertTrue(hits.get(0).score() > 0, hits.toString());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
        }
    }

    @Test
    void frenchWordsMatchWithoutAccentsAndInThePlural() {
        List<String> hits = top("sejours hospitaliers");
        assertTrue(hits.indexOf(TABLE) >= 0 && hits.indexOf(TABLE) < 3, "table in the first three: " + hits);
        assertTrue(top("durée du séjour").contains(SEJ_NBJ));
        assertTrue(top("duree sejour").contains(SEJ_NBJ));
    }

    @Test
    void theCopiesOfOneConceptInSeveralCodeListsShowAsOneHit() {
        String copy = BASE + "vocabulary/snds/IR_CIM_V";
        MiniCatalogue.write(writer, copy, turtle("""
                <%s> a skos:ConceptScheme ; dct:identifier "IR_CIM_V" ; skos:prefLabel "CIM-10"@fr .
                <%s/I210> a skos:Concept ; skos:inScheme <%s> ; skos:notation "I210" ;
                    skos:prefLabel "INFARCTUS transmural aigu du myocarde, de la paroi anterieure"@fr .
                """.formatted(copy, copy, copy)));
        search.reindex(List.of(copy), Progress.NONE);

        List<String> hits = top("infarctus transmural");
        long copies = hits.stream().filter(h -> h.endsWith("/I210")).count();
        assertEquals(1, copies, "one hit for the concept and its copy (case, accents, punctuation aside): " + hits);
        assertTrue(hits.contains(DGN_PAL), "the variable coded with it is still found: " + hits);
        assertEquals(2, top(SearchQuery.text("infarctus transmural").withSort(SearchSort.TITLE)).stream()
                .filter(h -> h.endsWith("/I210")).count(), "sorted by title, every copy is listed");
    }

    @Test
    void anAcronymFindsWhatItsExpansionNamesAndTheExpansionWhatTheAcronymNames() {
        String had = BASE + "dataset/pmsi-had";
        MiniCatalogue.write(writer, had, turtle("""
                <%s> a dcat:Dataset ; dct:identifier "pmsi-had" ;
                    dct:title "PMSI – Hospitalisation à domicile"@fr ;
                    dct:description "Séjours des patients soignés chez eux."@fr .
                """.formatted(had)));
        search.reindex(List.of(had), Progress.NONE);

        assertEquals(had, top("HAD").get(0), "the acronym finds the dataset its expansion names");
        assertEquals(had, top("séjours HAD").get(0));
        assertTrue(top("DP").contains(DGN_PAL), "DP is the diagnostic principal");
    }

    @Test
    void englishWordsFindAFrenchVariableThroughItsMappings() {
        assertFalse(top("condition source value").contains(DGN_PAL), "before the mapping, nothing says it in these words");
        String set = BASE + "mapping-set/demo";
        MiniCatalogue.write(writer, set, turtle("""
                @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix sssom: <https://w3id.org/sssom/> .
                @prefix adms: <http://www.w3.org/ns/adms#> .
                <%1$s> a sssom:MappingSet ; dct:title "SNDS to OMOP"@en .
                <%2$s> skos:exactMatch <http://test.example/standard/omop/table/person/field/year_of_birth> ;
                       skos:closeMatch <http://hl7.org/fhir/Patient.birthDate> .
                <%1$s/mapping/1> a owl:Axiom ; owl:annotatedSource <%2$s> ; owl:annotatedProperty skos:exactMatch ;
                    owl:annotatedTarget <http://test.example/standard/omop/table/person/field/year_of_birth> ;
                    sssom:object_label "year_of_birth" .
                <%4$s> skos:closeMatch <http://test.example/standard/omop/table/condition_occurrence/field/condition_source_value> .
                <%1$s/mapping/3> a owl:Axiom ; owl:annotatedSource <%4$s> ; owl:annotatedProperty skos:closeMatch ;
                    owl:annotatedTarget <http://test.example/standard/omop/table/condition_occurrence/field/condition_source_value> ;
                    sssom:object_label "condition_source_value" .
                <%3$s> skos:closeMatch <http://hl7.org/fhir/Encounter.period.start> .
                <%1$s/mapping/2> a owl:Axiom ; owl:annotatedSource <%3$s> ; owl:annotatedProperty skos:closeMatch ;
                    owl:annotatedTarget <http://hl7.org/fhir/Encounter.period.start> ; adms:status "rejected" .
                """.formatted(set, BEN_NAI_ANN, SEJ_NBJ, DGN_PAL)));
        search.reindex(List.of(set), Progress.NONE);

        assertTrue(top("condition source value").contains(DGN_PAL), "found through OMOP's condition_source_value");

        List<String> hits = top("year of birth");
        assertTrue(hits.indexOf(BEN_NAI_ANN) >= 0 && hits.indexOf(BEN_NAI_ANN) < 3, "found through OMOP's year_of_birth: " + hits);
        assertTrue(top("patient birth date").contains(BEN_NAI_ANN), "through FHIR's Patient.birthDate, a name alone");
        assertFalse(top("encounter period start").contains(SEJ_NBJ), "a rejected mapping says nothing");
        assertTrue(hits.stream().noneMatch(h -> h.startsWith(set + "/")), "a mapping is never a hit itself: " + hits);
    }

    @Test
    void englishWordsFindAFrenchOnlyVariableThroughTheGlossaryOfSndsNameParts() {
        String sex = TABLE + "/variable/BEN_SEX_COD";
        MiniCatalogue.write(writer, sex, turtle("""
                @prefix csvw: <http://www.w3.org/ns/csvw#> .
                <%s> a csvw:Column ; csvw:name "BEN_SEX_COD" ; csvw:title "Code sexe du bénéficiaire"@fr .
                """.formatted(sex)));
        search.reindex(List.of(sex), Progress.NONE);

        assertEquals(sex, top("sex of the beneficiary").get(0), "BEN beneficiary, SEX sex: " + top("sex of the beneficiary"));
        assertTrue(top("length of stay").contains(SEJ_NBJ), "SEJ stay, NBJ length of stay (number of days)");
        assertFalse(top("gender of the patient").contains(DGN_PAL), "parts the variable does not have say nothing of it");
    }

    @Test
    void aTableNameWhosePartsRunTogetherIsFoundByEachPart() {
        String csarr = PMSI + "/table/T_SSRaaCSARR";
        MiniCatalogue.write(writer, csarr, turtle("""
                @prefix csvw: <http://www.w3.org/ns/csvw#> .
                <%s> a csvw:Table ; csvw:name "T_SSRaaCSARR" ; dct:title "actes du catalogue de rééducation"@fr .
                """.formatted(csarr)));
        search.reindex(List.of(csarr), Progress.NONE);

        assertEquals(csarr, top("CSARR").get(0), "the SNDS table of year aa of product SSR with suffix CSARR");
    }

    @Test
    void aCim10CodeWithItsDotFindsTheSndsNotationWithout() {
        List<String> hits = top("I21.0");
        assertEquals(CIM + "/I210", hits.get(0));
        assertTrue(hits.contains(DGN_PAL), "the variable coded in CIM-10 is found through the code: " + hits);
    }

    @Test
    void aConceptLabelFindsTheVariablesCodedWithItsScheme() {
        SearchQuery q = SearchQuery.text("crise cardiaque").withFilter(Facet.KIND, "variable");
        assertEquals(List.of(DGN_PAL), top(q));
    }

    /**
     * The SNDS ships the CIM-10 many times over: a concept of the reference list reaches the variables coded with a copy
     * of it, once the copy names the reference as its source; not before.
     */
    @Test
    void aConceptOfTheReferenceListReachesTheVariablesCodedWithACopyOfIt() {
        String reference = BASE + "vocabulary/snds/IR_CIM_V";
        MiniCatalogue.write(writer, reference, turtle("""
                <%1$s> a skos:ConceptScheme ; dct:identifier "IR_CIM_V" ; skos:prefLabel "Tables de codes CIM10"@fr .
                <%1$s/I50> a skos:Concept ; skos:inScheme <%1$s> ; skos:notation "I50" ;
                    skos:prefLabel "Insuffisance cardiaque"@fr .
                """.formatted(reference)));
        search.reindex(List.of(reference), Progress.NONE);
        SearchQuery q = SearchQuery.text("insuffisance cardiaque").withFilter(Facet.KIND, "variable");
        assertEquals(List.of(), top(q), "DGN_PAL is coded with MS_CIM_V, which has no such concept");

        Graph copy = RecordProvenance.content(CIM, store.read(() -> store.recordGraph(CIM)).orElseThrow());
        copy.add(NodeFactory.createURI(CIM), PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(reference));
        MiniCatalogue.write(writer, CIM, copy);
        search.reindex(List.of(CIM), Progress.NONE);

        assertEquals(List.of(DGN_PAL), top(q), "MS_CIM_V copies IR_CIM_V: one terminology");
    }

    /**
     * Variables reached only through their code list (the diagnoses of every PMSI table, coded with the CIM-10) do not
     * fill the page: each weighs less than the one before, so what the words themselves match comes up among them.
     */
    @Test
    void theVariablesReachedThroughTheirCodeListMakeRoomForWhatTheWordsMatch() {
        String table = PMSI + "/table/T_MCOaaD";
        StringBuilder ttl = new StringBuilder("""
                @prefix csvw: <http://www.w3.org/ns/csvw#> . @prefix hdh: <https://w3id.org/hdh-catalog/ns#> .
                <%1$s> a csvw:Table ; csvw:name "T_MCOaaD" ; dct:title "Diagnostics associés"@fr ;
                """.formatted(table));
        for (int i = 1; i <= 6; i++) {
            ttl.append("csvw:column <%1$s/variable/DGN_%2$d> ;\n".formatted(table, i));
        }
        ttl.append("csvw:column <%1$s/variable/TOP_CARD> .\n".formatted(table));
        for (int i = 1; i <= 6; i++) {
            ttl.append("<%1$s/variable/DGN_%2$d> a csvw:Column ; csvw:name \"DGN_%2$d\" ; csvw:title \"Diagnostic n°%2$d\"@fr ; hdh:codeList <%3$s> .\n"
                    .formatted(table, i, CIM));
        }
        ttl.append("<%1$s/variable/TOP_CARD> a csvw:Column ; csvw:name \"TOP_CARD\" ; csvw:title \"Supplément de réanimation\"@fr ; dct:description \"Surveillance cardiaque continue\"@fr .\n"
                .formatted(table));
        MiniCatalogue.write(writer, table, turtle(ttl.toString()));
        search.reindex(List.of(table), Progress.NONE);

        List<String> hits = top(SearchQuery.text("crise cardiaque").withFilter(Facet.KIND, "variable"));

        assertEquals(8, hits.size(), "every variable coded with the CIM-10 is still found: " + hits);
        assertTrue(hits.indexOf(table + "/variable/TOP_CARD") <= 2,
                "the variable the words match comes up among the seven reached through the code list: " + hits);
    }

    /**
     * A common word of either language ({@code du}, {@code et}, {@code the}, {@code and}, or {@code AND} typed as an operator)
     * is still a word to score, but the expansion through the vocabularies and the producers does not require it: the
     * concept's label or the producer's name holds the other words.
     */
    @Test
    void commonWordsDoNotStopTheExpansionThroughVocabulariesAndProducers() {
        for (String text : List.of("infarctus du myocarde", "crise et cardiaque", "crise AND cardiaque", "tumeur maligne du rein")) {
            assertEquals(List.of(DGN_PAL), top(SearchQuery.text(text).withFilter(Facet.KIND, "variable")), text);
        }
        for (String text : List.of("the ATIH", "ATIH AND")) {
            assertTrue(top(text).contains(PMSI), text + ": " + top(text));
        }
    }

    @Test
    void aProducerNameFindsItsDatasets() {
        assertTrue(top("ATIH").contains(PMSI));
    }

    @Test
    void aTypoFallsBackToSpellingVariants() {
        SearchResult r = search.search(SearchQuery.text("diagnostik principl"));
        assertTrue(r.fuzzy());
        assertEquals(DGN_PAL, r.hits().get(0).iri());
        assertFalse(search.search(SearchQuery.text("diagnostic principal")).fuzzy());
    }

    @Test
    void englishWordsFindEnglishTitles() {
        assertEquals(UROCCR, top("kidney cancer cohort").get(0));
    }

    @Test
    void aVariableHitSaysWhereItSitsAndHowItIsCoded() {
        SearchHit hit = search.search(SearchQuery.text("DGN_PAL")).hits().get(0);
        assertEquals(ItemKind.VARIABLE, hit.kind());
        assertEquals("Diagnostic principal", hit.label());
        assertEquals("DGN_PAL", hit.name().orElseThrow());
        assertEquals(PMSI, hit.dataset().orElseThrow().iri());
        assertEquals(TABLE, hit.table().orElseThrow().iri());
        assertEquals("T_MCOaaB", hit.table().orElseThrow().label());
        assertEquals(CIM, hit.codeList().orElseThrow().iri());
    }

    @Test
    void snippetsMarkTheMatchesAndKeepTheTextAsText() {
        SearchHit hit = search.search(SearchQuery.text("séjours publics").withFilter(Facet.KIND, "dataset")).hits().get(0);
        assertEquals(PMSI, hit.iri());
        assertTrue(hit.snippet().parts().contains(new Snippet.Part("séjours", true)), hit.snippet().toString());
        assertTrue(hit.snippet().parts().stream().filter(p -> !p.marked()).anyMatch(p -> p.text().contains("<b>")),
                "markup a producer typed is text, for whoever shows it to escape: " + hit.snippet());
        assertFalse(hit.snippet().text().contains("&lt;") || hit.snippet().text().contains("<mark>"), hit.snippet().toString());
    }

    @Test
    void facetsCountHitsAndFilterAndAcrossFacetsOrWithinOne() {
        SearchResult all = search.search(SearchQuery.text(""));
        Map<String, Long> kinds = counts(all, Facet.KIND);
        assertEquals(2L, kinds.get("dataset"));
        assertEquals(3L, kinds.get("variable"));
        assertEquals(Set.of(ATIH, BASE + "producer/inserm"), counts(all, Facet.PRODUCER).keySet(), all.facets().toString());

        SearchResult restricted = search.search(SearchQuery.text("").withFilter(Facet.ACCESS_RIGHTS, RESTRICTED)
                .withFilter(Facet.KIND, "dataset"));
        assertEquals(List.of(PMSI), restricted.hits().stream().map(SearchHit::iri).toList());
        assertEquals(1L, restricted.total());
        // the access-rights counts ignore their own selection, so the other value stays visible
        assertEquals(1L, counts(restricted, Facet.ACCESS_RIGHTS).get(NON_PUBLIC));

        SearchResult either = search.search(SearchQuery.text("").withFilter(Facet.ACCESS_RIGHTS, RESTRICTED)
                .withFilter(Facet.ACCESS_RIGHTS, NON_PUBLIC).withFilter(Facet.KIND, "dataset"));
        assertEquals(2L, either.total());
    }

    @Test
    void facetValuesHaveLabels() {
        SearchResult all = search.search(SearchQuery.text(""));
        FacetCount atih = all.facets().get(Facet.PRODUCER).stream().filter(c -> c.value().equals(ATIH)).findFirst().orElseThrow();
        assertTrue(atih.label().startsWith("Agence technique"), atih.label());
        FacetCount restricted = all.facets().get(Facet.ACCESS_RIGHTS).stream()
                .filter(c -> c.value().equals(RESTRICTED)).findFirst().orElseThrow();
        assertEquals("Restricted", restricted.label());
    }

    @Test
    void variablesCarryTheFacetsOfTheirDataset() {
        SearchQuery q = SearchQuery.text("").withFilter(Facet.PRODUCER, ATIH).withFilter(Facet.KIND, "variable");
        assertEquals(Set.of(DGN_PAL, SEJ_NBJ, BEN_NAI_ANN), Set.copyOf(top(q)));
        assertEquals(List.of(SEJ_NBJ), top(SearchQuery.text("").withFilter(Facet.DATA_TYPE, "integer")));
    }

    @Test
    void pagesAndTitleOrder() {
        SearchQuery byTitle = SearchQuery.text("").withFilter(Facet.KIND, "variable").withSort(SearchSort.TITLE);
        List<String> labels = search.search(byTitle).hits().stream().map(SearchHit::label).toList();
        assertEquals(List.of("Année de naissance du bénéficiaire", "Diagnostic principal", "Durée totale du séjour"), labels);
        SearchResult second = search.search(byTitle.withPage(2, 2));
        assertEquals(3, second.total());
        assertEquals(List.of("Durée totale du séjour"), second.hits().stream().map(SearchHit::label).toList());
    }

    /**
     * Lucene's query syntax is never interpreted. "As text" means: the characters of the syntax separate words (the analyzers
     * drop them anyway) and its operators are words like any other ({@code AND} is the word {@code and}: a stop word in
     * English fields, not in French ones nor in codes). So each text below must give the very same result (total, hits in
     * order with their scores and snippets, facets) as the same words typed without the syntax.
     */
    @Test
    void querySyntaxGivesWhatTheSameWordsGiveWithoutIt() {
        Map<String, String> sameAs = new java.util.LinkedHashMap<>();
        sameAs.put("AND", "and");
        sameAs.put("diagnostic AND séjour", "diagnostic and séjour");
        sameAs.put("diagnostic OR séjour", "diagnostic or séjour");
        sameAs.put("diagnostic NOT principal", "diagnostic not principal");
        sameAs.put("diagnostic && séjour || naissance", "diagnostic séjour naissance");
        sameAs.put("+diagnostic -principal !séjour", "diagnostic principal séjour");
        sameAs.put("title:diagnostic", "title diagnostic");
        sameAs.put("[diagnostic TO séjour]", "diagnostic to séjour");
        sameAs.put("{diagnostic TO séjour}", "diagnostic to séjour");
        sameAs.put("diagnostic*", "diagnostic");
        sameAs.put("diag*", "diag");
        sameAs.put("*diag*", "diag");
        sameAs.put("diagn?stic", "diagn stic");
        sameAs.put("diagnostic~", "diagnostic");
        sameAs.put("diagnostik~2", "diagnostik 2");
        sameAs.put("\"principal diagnostic\"", "principal diagnostic");
        sameAs.put("\"diagnostic", "diagnostic");
        sameAs.put("\"séjour diagnostic\"~5", "séjour diagnostic 5");
        sameAs.put("diagnostic^10 séjour", "diagnostic 10 séjour");
        sameAs.put("diagnostic\\ principal", "diagnostic principal");
        sameAs.put("/diagnost.*/", "diagnost");
        sameAs.put("(diagnostic OR séjour) AND naissance", "diagnostic or séjour and naissance");
        assertAll(sameAs.entrySet().stream().map(e -> () -> assertEquals(search.search(SearchQuery.text(e.getValue())),
                search.search(SearchQuery.text(e.getKey())), e.getKey() + " searched as " + e.getValue())));
    }

    /** And what the syntax would have done, had it been read, did not happen. */
    @Test
    void queryOperatorsNeitherRequireNorExcludeNorRestrictToAField() {
        assertTrue(top("diagnostic AND séjour").contains(SEJ_NBJ), "AND does not require both words");
        assertTrue(top("(diagnostic OR séjour) AND naissance").contains(DGN_PAL), "AND does not require naissance");
        assertEquals(DGN_PAL, top("diagnostic NOT principal").get(0), "NOT excludes nothing");
        assertEquals(DGN_PAL, top("+diagnostic -principal").get(0), "a minus excludes nothing");
        assertEquals(DGN_PAL, top("\"principal diagnostic\"").get(0), "quotes do not make a phrase (in this order it is in no title)");
        assertTrue(top("title:diagnostic").contains(DGN_PAL), "title: names no field (a field query would find nothing)");
        assertFalse(top("diag*").contains(DGN_PAL), "a star does not complete a word");
        assertFalse(top("/diagnost.*/").contains(SEJ_NBJ), "slashes do not make a regular expression");
        // the same items as the words alone: and, or, not occur nowhere in the fixture, so as words they add no hit
        assertEquals(Set.copyOf(top("diagnostic séjour")), Set.copyOf(top("diagnostic AND séjour")));
        assertEquals(Set.copyOf(top("diagnostic principal")), Set.copyOf(top("diagnostic NOT principal")));
    }

    @Test
    void textWithNoWordOrTooLongIsRefusedWithAReason() {
        for (String text : List.of("\"", "((", "*", "?!")) {
            InvalidQueryException noWord = assertThrows(InvalidQueryException.class, () -> search.search(SearchQuery.text(text)));
            assertTrue(noWord.getMessage().contains("no word"), noWord.getMessage());
        }
        InvalidQueryException tooLong = assertThrows(InvalidQueryException.class,
                () -> search.search(SearchQuery.text("diagnostic ".repeat(1000))));
        assertTrue(tooLong.getMessage().contains("at most 500"), tooLong.getMessage());
        assertThrows(InvalidQueryException.class, () -> SearchQuery.text("x").withPage(1, 1000));
        assertThrows(InvalidQueryException.class, () -> search.search(SearchQuery.text("x").withFilter(Facet.KIND, "spaceship")));
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        List<Suggestion> s = search.suggest("diagn", 5);
        assertEquals("Diagnostic principal", s.get(0).text());
        assertEquals(DGN_PAL, s.get(0).iri());
        assertTrue(search.suggest("d", 5).isEmpty(), "one letter is too little to complete");
        assertEquals(BEN_NAI_ANN, search.suggest("année de nais", 5).get(0).iri());
    }

    @Test
    void aReplacedRecordIsSearchedAsItNowIs() {
        Graph changed = store.read(() -> store.recordGraph(BASE + "producer/atih").orElseThrow());
        changed.remove(NodeFactory.createURI(ATIH), org.apache.jena.sparql.vocabulary.FOAF.name.asNode(), Node_ANY());
        changed = fr.hdh.catalog.core.record.RecordProvenance.content(ATIH, changed);
        changed.add(NodeFactory.createURI(ATIH), org.apache.jena.sparql.vocabulary.FOAF.name.asNode(),
                NodeFactory.createLiteralLang("Agence du numérique hospitalier", "fr"));
        MiniCatalogue.write(writer, ATIH, changed);
        search.reindex(List.of(ATIH), Progress.NONE);
        assertTrue(top("numérique").contains(ATIH));
        assertFalse(top("technique").contains(ATIH), search.search(SearchQuery.text("technique")).hits().toString());
    }

    @Test
    void aWithdrawnRecordLeavesTheIndex() {
        MiniCatalogue.withdraw(store, writer, UROCCR);
        search.reindex(List.of(UROCCR), Progress.NONE);
        assertFalse(top("UroCCR").contains(UROCCR));
    }

    @Test
    void synchronizeRepairsWhatTheIndexMissedAndRebuildStartsOver() {
        // a record written while the index was not listening (a crash between the two commits)
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(BASE + "producer/drees"), org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.sparql.vocabulary.FOAF.Organization.asNode());
        g.add(NodeFactory.createURI(BASE + "producer/drees"), org.apache.jena.sparql.vocabulary.FOAF.name.asNode(),
                NodeFactory.createLiteralLang("Direction de la recherche, des études, de l'évaluation et des statistiques", "fr"));
        MiniCatalogue.write(writer, BASE + "producer/drees", g);
        assertFalse(top("DREES").contains(BASE + "producer/drees"));

        SearchService.SyncReport report = search.synchronize(Progress.NONE);
        assertEquals(1, report.reindexed());
        assertTrue(top("DREES").contains(BASE + "producer/drees"));
        assertTrue(search.synchronize(Progress.NONE).inStep());

        long before = search.documentCount();
        assertEquals(before, search.rebuild(Progress.NONE).documents());
    }

    @Test
    void synchronizeRemovesARecordWithdrawnWhileTheIndexWasNotListening() {
        assertTrue(top("UroCCR").contains(UROCCR));
        MiniCatalogue.withdraw(store, writer, UROCCR);

        SearchService.SyncReport report = search.synchronize(Progress.NONE);
        assertEquals(1, report.removed());
        assertEquals(0, report.reindexed());
        assertFalse(top("UroCCR").contains(UROCCR));
        assertTrue(search.synchronize(Progress.NONE).inStep());
    }

    private static org.apache.jena.graph.Node Node_ANY() {
        return org.apache.jena.graph.Node.ANY;
    }

    private static Map<String, Long> counts(SearchResult r, Facet facet) {
        Map<String, Long> m = new java.util.HashMap<>();
        r.facets().getOrDefault(facet, List.of()).forEach(c -> m.put(c.value(), c.count()));
        return m;
    }
}
