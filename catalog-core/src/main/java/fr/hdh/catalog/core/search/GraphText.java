package fr.hdh.catalog.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;

/** Reads the values of one resource's properties out of a record graph, as text for the index. */
final class GraphText {
    private final Graph graph;

    GraphText(Graph graph) {
        this.graph = graph;
    }

    /** Literals of {@code p} in French, English or without a language tag; other languages are left out. */
    List<LangText> texts(Node s, Property... ps) {
        List<LangText> out = new ArrayList<>();
        for (Property p : ps) {
            graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && !o.getLiteralLexicalForm().isBlank()) {
                    LangText.Lang lang = lang(o.getLiteralLanguage());
                    if (lang != null) {
                        out.add(new LangText(o.getLiteralLexicalForm().strip(), lang));
                    }
                }
            });
        }
        return out;
    }

    /** Lexical forms of the literals of {@code p}, whatever their language. */
    List<String> strings(Node s, Property... ps) {
        List<String> out = new ArrayList<>();
        for (Property p : ps) {
            graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    out.add(t.getObject().getLiteralLexicalForm().strip());
                }
            });
        }
        return out;
    }

    /** IRIs that {@code p} points to. */
    List<String> iris(Node s, Property p) {
        List<String> out = new ArrayList<>();
        graph.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject().getURI());
            }
        });
        return out;
    }

    /** Subjects that point to {@code o} with {@code p}. */
    List<Node> subjects(Property p, Node o) {
        List<Node> out = new ArrayList<>();
        graph.find(Node.ANY, p.asNode(), o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static LangText.Lang lang(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return LangText.Lang.NONE;
        }
        if (t.equals("fr") || t.startsWith("fr-")) {
            return LangText.Lang.FR;
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return LangText.Lang.EN;
        }
        return null;
    }
}
