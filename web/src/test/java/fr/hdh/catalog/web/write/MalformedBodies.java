package fr.hdh.catalog.web.write;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hdh.catalog.core.io.FailFast;
import fr.hdh.catalog.core.io.JsonLdContexts;
import fr.hdh.catalog.web.account.NewUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Request bodies the write API must refuse, generated from a seed: mutations of valid bodies (truncated,
 * bytes flipped, invalid UTF-8 spliced in, sent under another media type), random bytes, deep nesting,
 * huge literals, document type declarations (entity expansion, external entities, in every encoding an
 * XML parser detects), JSON-LD naming remote contexts, and user JSON that is not a user. Only bodies
 * known to be malformed are produced: a mutant that still parses under its media type is drawn again (it
 * might be a valid record); crafted bodies are malformed by construction or describe no dataset.
 */
final class MalformedBodies {
    /** One request to make: which endpoint, how the body is declared, the body, and what kind of damage it carries. */
    record Attempt(String kind, Target target, String contentType, byte[] body) {
        String describe() {
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.ISO_8859_1)
                    .replaceAll("[^\\x20-\\x7e]", "·");
            return kind + " " + target + " as " + contentType + " (" + body.length + " bytes): " + text;
        }
    }

    /** Where a body goes. */
    enum Target { CREATE, UPDATE, USERS }

    static final Map<String, Lang> RDF_TYPES = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/rdf+xml", Lang.RDFXML,
            "application/n-triples", Lang.NTRIPLES);
    private static final List<String> TYPES = List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
    private static final List<String> UNSUPPORTED = List.of("text/plain", "application/json", "application/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "text/csv");
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1}, {(byte) 0xF0, 0x28, (byte) 0x8C, 0x28},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final String RDF_XML_HEAD = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            + "xmlns:dct=\"http://purl.org/dc/terms/\" xmlns:dcat=\"http://www.w3.org/ns/dcat#\">";

    private final Random random;
    private final int listenerPort;
    private int stillParsing;
    /** Valid bodies by media type: the new record (CREATE) and the record updated (UPDATE). */
    private final Map<Target, Map<String, byte[]>> valid;
    private final byte[] validUser = "{\"name\":\"fuzz-user\",\"role\":\"producer\",\"organisations\":[\"http://test.example/producer/atih\"]}"
            .getBytes(StandardCharsets.UTF_8);

    MalformedBodies(long seed, int listenerPort, String createId, String updateId) {
        this.random = new Random(seed);
        this.listenerPort = listenerPort;
        this.valid = Map.of(Target.CREATE, seeds(createId), Target.UPDATE, seeds(updateId));
    }

    /** The dataset record {@code id} in each accepted media type. */
    static Map<String, byte[]> seeds(String id) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(WriteApiServer.dataset(id, WriteApiServer.ATIH), Lang.TURTLE).parse(g);
        return Map.of("text/turtle", write(g, RDFFormat.TURTLE_PRETTY), "application/ld+json", write(g, RDFFormat.JSONLD11_PRETTY),
                "application/rdf+xml", write(g, RDFFormat.RDFXML_PLAIN), "application/n-triples", write(g, RDFFormat.NTRIPLES));
    }

    /** The crafted bodies (a fixed list), then random mutants up to {@code total} in all. */
    List<Attempt> generate(int total) {
        List<Attempt> all = new ArrayList<>(crafted());
        while (all.size() < total) {
            Optional<Attempt> mutant = mutant();
            mutant.ifPresentOrElse(all::add, () -> stillParsing++);
        }
        return all;
    }

    /** How many mutants still parsed, so were drawn again rather than sent. */
    int stillParsing() {
        return stillParsing;
    }

    private List<Attempt> crafted() {
        List<Attempt> all = new ArrayList<>();
        for (int depth : new int[] {5_000, 50_000, 200_000}) {
            all.add(rdf("deep JSON arrays", "application/ld+json", "{\"@context\":{\"x\":\"http://x.example/\"},\"x:p\":"
                    + "[".repeat(depth) + "1" + "]".repeat(depth) + "}"));
            all.add(rdf("deep JSON objects", "application/ld+json", "{\"@context\":{\"x\":\"http://x.example/\"},\"x:p\":"
                    + "{\"x:p\":".repeat(depth) + "1" + "}".repeat(depth) + "}"));
            all.add(rdf("deep Turtle blank nodes", "text/turtle", "<http://x.example/a> <http://x.example/p> "
                    + "[ <http://x.example/p> ".repeat(depth) + "]".repeat(depth) + " ."));
            all.add(rdf("deep Turtle lists", "text/turtle", "<http://x.example/a> <http://x.example/p> " + "( ".repeat(depth)
                    + ")".repeat(depth) + " ."));
            all.add(rdf("deep RDF/XML", "application/rdf+xml", RDF_XML_HEAD + "<rdf:Description rdf:about=\"http://x.example/a\">"
                    + "<dct:relation><rdf:Description>".repeat(depth / 4) + "</rdf:Description></dct:relation>".repeat(depth / 4)
                    + "</rdf:Description></rdf:RDF>"));
            all.add(new Attempt("deep JSON user", Target.USERS, "application/json",
                    ("{\"name\":\"fuzz-user\",\"role\":\"reader\",\"organisations\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        for (int mib : new int[] {1, 3, 6, 9}) {
            all.addAll(hugeLiterals(mib * 1024 * 1024 + random.nextInt(100_000)));
        }
        all.addAll(documentTypes());
        all.addAll(remoteContexts());
        all.addAll(notUsers());
        for (String type : UNSUPPORTED) {
            all.add(new Attempt("unsupported type", Target.CREATE, type, valid.get(Target.CREATE).get("text/turtle")));
            all.add(new Attempt("unsupported type", Target.UPDATE, type, valid.get(Target.UPDATE).get("application/ld+json")));
            if (!type.equals("application/json")) {
                all.add(new Attempt("unsupported type", Target.USERS, type, validUser));
            }
        }
        all.add(new Attempt("no content type", Target.CREATE, null, valid.get(Target.CREATE).get("text/turtle")));
        all.add(new Attempt("empty body", Target.CREATE, "text/turtle", new byte[0]));
        all.add(new Attempt("empty body", Target.USERS, "application/json", new byte[0]));
        return all;
    }

    /** A random mutant known to be malformed, or empty when the mutation left a body that parses. */
    private Optional<Attempt> mutant() {
        int pick = random.nextInt(100);
        if (pick < 15) {
            return userMutant();
        }
        Target target = random.nextBoolean() ? Target.CREATE : Target.UPDATE;
        String type = TYPES.get(random.nextInt(TYPES.size()));
        byte[] body = valid.get(target).get(type);
        String kind;
        if (pick < 40) {
            kind = "truncated";
            body = Arrays.copyOf(body, 1 + random.nextInt(body.length - 1));
        } else if (pick < 65) {
            kind = "bytes flipped";
            body = body.clone();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
        } else if (pick < 75) {
            kind = "invalid UTF-8";
            body = splice(body, literalPosition(body), INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        } else if (pick < 85) {
            kind = "random bytes";
            body = new byte[random.nextInt(4096)];
            random.nextBytes(body);
        } else {
            kind = "another media type";
            String other = TYPES.get(random.nextInt(TYPES.size()));
            body = valid.get(target).get(other.equals(type) ? TYPES.get((TYPES.indexOf(type) + 1) % TYPES.size()) : other);
        }
        return knownMalformed(body, RDF_TYPES.get(type)) ? Optional.of(new Attempt(kind, target, type, body)) : Optional.empty();
    }

    private Optional<Attempt> userMutant() {
        byte[] body = validUser.clone();
        String kind;
        int pick = random.nextInt(4);
        if (pick == 0) {
            kind = "truncated user";
            body = Arrays.copyOf(body, 1 + random.nextInt(body.length - 1));
        } else if (pick == 1) {
            kind = "bytes flipped in user";
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
        } else if (pick == 2) {
            kind = "invalid UTF-8 in user";
            body = splice(body, 10, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        } else {
            kind = "random bytes as user";
            body = new byte[random.nextInt(512)];
            random.nextBytes(body);
        }
        return parsesAsUser(body) ? Optional.empty() : Optional.of(new Attempt(kind, Target.USERS, "application/json", body));
    }

    /** A valid record whose title is {@code size} characters long, cut before the title ends or with a bad byte in it. */
    private List<Attempt> hugeLiterals(int size) {
        String title = "x".repeat(size);
        String turtle = WriteApiServer.dataset("fuzz-new", WriteApiServer.ATIH).replace("\"Hospital stays fuzz-new\"@en", "\"" + title + "\"@en");
        String cut = turtle.substring(0, turtle.indexOf(title) + size / 2);
        String xml = RDF_XML_HEAD + "<dcat:Dataset rdf:about=\"http://test.example/dataset/fuzz-new\"><dct:title>" + title.substring(0, size / 2);
        String json = "{\"@context\":{\"dct\":\"http://purl.org/dc/terms/\"},\"@id\":\"http://test.example/dataset/fuzz-new\",\"dct:title\":\""
                + title.substring(0, size / 2);
        int mid = turtle.indexOf(title) + size / 3;
        return List.of(rdf("huge literal, unterminated", "text/turtle", cut),
                rdf("huge literal, unterminated", "application/rdf+xml", xml),
                rdf("huge literal, unterminated", "application/ld+json", json),
                new Attempt("huge literal, invalid UTF-8", Target.CREATE, "text/turtle",
                        splice(turtle.getBytes(StandardCharsets.UTF_8), mid, INVALID_UTF8[0])));
    }

    /** Document type declarations: entity expansion and external entities, in every encoding the XML parser detects. */
    private List<Attempt> documentTypes() {
        String listener = "http://127.0.0.1:" + listenerPort;
        StringBuilder laughs = new StringBuilder("<!DOCTYPE rdf:RDF [<!ENTITY a \"aaaaaaaaaa\">");
        for (char e = 'b'; e <= 'j'; e++) {
            laughs.append("<!ENTITY ").append(e).append(" \"").append(("&" + (char) (e - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        String quadratic = "<!DOCTYPE rdf:RDF [<!ENTITY q \"" + "q".repeat(100_000) + "\">]>";
        List<String[]> declarations = List.of(
                new String[] {"billion laughs", laughs.toString(), "&j;"},
                new String[] {"quadratic blow-up", quadratic, "&q;".repeat(90)},
                new String[] {"external entity", "<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + listener + "/entity\">]>", "&x;"},
                new String[] {"file entity", "<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>", "&x;"},
                new String[] {"parameter entity", "<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM \"" + listener + "/dtd\"> %p;]>", "t"},
                new String[] {"external DTD", "<!DOCTYPE rdf:RDF SYSTEM \"" + listener + "/dtd\">", "t"},
                new String[] {"commented DOCTYPE", "<!-- a comment --><!DOCTYPE rdf:RDF [<!ENTITY a \"b\">]>", "&a;"});
        List<Attempt> all = new ArrayList<>();
        for (String[] d : declarations) {
            for (String encoding : List.of("UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "IBM037", "ISO-2022-JP")) {
                String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" + d[1] + "\n" + RDF_XML_HEAD
                        + "<dcat:Dataset rdf:about=\"http://test.example/dataset/fuzz-new\"><dct:identifier>fuzz-new</dct:identifier>"
                        + "<dct:title xml:lang=\"fr\">" + d[2] + "</dct:title><dct:description xml:lang=\"fr\">d</dct:description>"
                        + "<dct:publisher rdf:resource=\"http://test.example/producer/atih\"/><dct:accessRights "
                        + "rdf:resource=\"http://publications.europa.eu/resource/authority/access-right/PUBLIC\"/></dcat:Dataset></rdf:RDF>";
                byte[] bytes = encoding.equals("UTF-16LE") ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, xml.getBytes(Charset.forName(encoding)))
                        : encoding.equals("ISO-2022-JP") ? iso2022(xml) : xml.getBytes(Charset.forName(encoding));
                all.add(new Attempt(d[0] + " in " + encoding, Target.CREATE, "application/rdf+xml", bytes));
            }
        }
        return all;
    }

    /** ISO-2022-JP with a (no-op) switch to ASCII between '<' and '!': the same characters, other bytes. */
    private static byte[] iso2022(String xml) {
        return xml.replace("<!", "<\u001b(B!").getBytes(StandardCharsets.US_ASCII);
    }

    /** JSON-LD describing a dataset through a context the parser would have to load. */
    private List<Attempt> remoteContexts() {
        String listener = "http://127.0.0.1:" + listenerPort;
        String node = "\"@id\":\"http://test.example/dataset/fuzz-new\",\"@type\":\"http://www.w3.org/ns/dcat#Dataset\","
                + "\"http://purl.org/dc/terms/title\":{\"@value\":\"t\",\"@language\":\"fr\"},"
                + "\"http://purl.org/dc/terms/publisher\":{\"@id\":\"http://test.example/producer/atih\"}";
        List<String> contexts = List.of(
                "\"" + listener + "/context.jsonld\"",
                "[{\"dct\":\"http://purl.org/dc/terms/\"},\"" + listener + "/second.jsonld\"]",
                "{\"@version\":1.1,\"@import\":\"" + listener + "/import.jsonld\"}",
                "\"file:///etc/passwd\"",
                "\"/relative-context.jsonld\"",
                "\"https://www.w3.org/ns/dcat2.jsonld\"");
        List<Attempt> all = new ArrayList<>();
        for (String context : contexts) {
            all.add(rdf("remote @context", "application/ld+json", "{\"@context\":" + context + "," + node + "}"));
            all.add(rdf("remote @context in @graph", "application/ld+json", "{\"@graph\":[{\"@context\":" + context + "," + node + "}]}"));
        }
        all.add(rdf("remote scoped @context", "application/ld+json", "{\"@context\":{\"@version\":1.1,\"rel\":{\"@id\":"
                + "\"http://purl.org/dc/terms/relation\",\"@context\":\"" + listener + "/scoped.jsonld\"}}," + node
                + ",\"rel\":{\"@id\":\"http://x.example/r\"}}"));
        return all;
    }

    /** JSON that is not a user: wrong shapes and types, unknown members, bad names, roles and organisations. */
    private List<Attempt> notUsers() {
        List<String> bodies = List.of("null", "[]", "\"fuzz-user\"", "42", "{}", "{\"name\":\"fuzz-user\"}",
                "{\"name\":\"fuzz-user\",\"role\":\"superuser\"}", "{\"name\":\"Fuzz User\",\"role\":\"reader\"}",
                "{\"name\":\"\",\"role\":\"reader\"}", "{\"name\":\"" + "a".repeat(65) + "\",\"role\":\"reader\"}",
                "{\"name\":\"../etc\",\"role\":\"reader\"}", "{\"name\":\"fuzz-user\",\"role\":\"producer\"}",
                "{\"name\":\"fuzz-user\",\"role\":\"producer\",\"organisations\":[]}",
                "{\"name\":\"fuzz-user\",\"role\":\"reader\",\"admin\":true}", "{\"name\":[\"fuzz-user\"],\"role\":\"reader\"}",
                "{\"name\":\"fuzz-user\",\"role\":\"reader\",\"organisations\":\"http://test.example/producer/atih\"}",
                "{\"name\":\"fuzz-user\",\"role\":\"producer\",\"organisations\":[\"not an IRI <>\"]}",
                "{\"name\":\"fuzz-user\",\"role\":\"producer\",\"organisations\":[\"javascript:alert(1)\"]}",
                "{\"name\":\"fuzz-user\",\"role\":\"producer\",\"organisations\":[null]}",
                "{\"name\":\"admin\",\"role\":\"reader\"}",
                "{\"name\":\"" + "x".repeat(2_000_000) + "\",\"role\":\"reader\"}",
                "{\"name\":\"fuzz-user\",\"role\":\"reader\"", "{\"name\":\"fuzz-user\",\"role\":\"reader\"}}",
                "{\"name\":\"fuzz-user\",\"name\":\"other\",\"role\":\"reader\",}");
        return bodies.stream().map(b -> new Attempt("not a user", Target.USERS, "application/json", b.getBytes(StandardCharsets.UTF_8))).toList();
    }

    private Attempt rdf(String kind, String type, String body) {
        return new Attempt(kind, Target.CREATE, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code body} is not UTF-8 or does not parse as {@code lang} the way the API parses it. */
    static boolean knownMalformed(byte[] body, Lang lang) {
        if (!isUtf8(body)) {
            return true;
        }
        try {
            JsonLdContexts.none().configure(RDFParser.source(new ByteArrayInputStream(body))).lang(lang)
                    .base(WriteApiServer.BASE).errorHandler(new FailFast("fuzz")).parse(DatasetGraphFactory.create());
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static boolean parsesAsUser(byte[] body) {
        if (!isUtf8(body)) {
            return false;
        }
        try {
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(body, NewUser.class) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Somewhere inside the first literal of {@code body} (after its first quote or '>'), else the middle. */
    private int literalPosition(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Nombre");
        return at > 0 ? at + random.nextInt(6) : body.length / 2;
    }

    private static byte[] splice(byte[] body, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + inserted.length);
        out.write(body, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return splice(a, a.length, b);
    }

    private static byte[] write(Graph g, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, format);
        return out.toByteArray();
    }
}
