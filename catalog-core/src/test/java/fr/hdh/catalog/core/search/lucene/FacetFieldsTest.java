package fr.hdh.catalog.core.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.hdh.catalog.core.search.Facet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** Our facet fields are those Lucene's own {@link FacetsConfig#build} writes, so its facet readers read them. */
class FacetFieldsTest {
    @Test
    void theFieldsAreThoseFacetsConfigBuilds() throws IOException {
        FacetsConfig config = Documents.facetsConfig();
        Document ours = new Document();
        Document lucenes = new Document();
        FacetFields fields = new FacetFields(config);
        String[][] values = {
            {"producer", "https://example.org/org/atih"}, {"producer", "https://example.org/org/cnam"},
            {"kind", "variable"}, {"dataType", "integer"}, {"accessRights", "http://x/RESTRICTED"},
            // again: the remembered path
            {"producer", "https://example.org/org/atih"}
        };
        for (String[] v : values) {
            fields.add(ours, Facet.byParam(v[0]).orElseThrow(), v[1]);
            lucenes.add(new SortedSetDocValuesFacetField(v[0], v[1]));
        }
        assertEquals(describe(config.build(lucenes)), describe(ours));
    }

    private static List<String> describe(Document d) {
        List<String> out = new ArrayList<>();
        for (IndexableField f : d) {
            out.add(f.getClass().getSimpleName() + " " + f.name() + " " + f.fieldType().indexOptions() + " "
                    + f.fieldType().docValuesType() + " " + f.fieldType().stored() + " " + f.binaryValue().utf8ToString());
        }
        out.sort(null);
        return out;
    }
}
