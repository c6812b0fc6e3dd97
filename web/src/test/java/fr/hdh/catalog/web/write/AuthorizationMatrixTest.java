package fr.hdh.catalog.web.write;

import static fr.hdh.catalog.web.write.WriteApiServer.ADMIN;
import static fr.hdh.catalog.web.write.WriteApiServer.ATIH;
import static fr.hdh.catalog.web.write.WriteApiServer.DREES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what on the write API, as one table over real HTTP: every write endpoint and the
 * workspace reads, against every kind of caller. Each cell starts from a state of its own (a fresh
 * record, in the state the step needs so that no 409 hides the rights check; a fresh user for the token
 * endpoints), and a refused call — or any read — must leave the public store, the workspace (audit log,
 * users and tokens) and the record's versions exactly as they were, while an allowed write adds exactly
 * one audit entry.
 *
 * <p>A cell written {@code 403     } is a known gap: the rule says 403, the server answers 200 today.
 * Such a cell is reported as skipped with the reason (not silently passed); when the server is fixed
 * the cell fails, asking for the table to be updated.
 */
class AuthorizationMatrixTest {
    /** The callers, in the order of the table's columns. */
    enum Caller { ANONYMOUS, FORGED, REVOKED, READER, OTHER_PRODUCER, PRODUCER, CURATOR, ADMIN_USER, ADMIN }

    /*
     * anonymous: no Authorization header.  forged: a well-formed token nobody holds.  revoked: a producer of
     * the record's organisation whose tokens were revoked.  other-org: a producer of DREES.  producer: a
     * producer of ATIH, the record's publisher.  admin-user: a user with the admin role.  admin: the
     * server's admin token.  The record of each dataset cell is published by ATIH.
     */
    private static final String MATRIX = """
            endpoint                                     anonymous forged revoked reader other-org producer curator admin-user admin
            POST   /api/datasets                               401    401     401    403       403      201     201        201   201
            PUT    /api/datasets/{id}                          401    401     401    403       403      200     200        200   200
            POST   /api/datasets/{id}/dictionary               401    401     401    403       403      200     200        200   200
            POST   /api/datasets/{id}/submit                   401    401     401    403       403      200     200        200   200
            POST   /api/datasets/{id}/publish                  401    401     401    403       403      403     200        200   200
            POST   /api/datasets/{id}/withdraw                 401    401     401    403       403      403     200        200   200
            POST   /api/datasets/{id}/restore?version=1        401    401     401    403       403      200     200        200   200
            GET    /api/datasets/{id}                          401    401     401    200  403           200     200        200   200
            GET    /api/datasets/{id}/history                  401    401     401    200  403           200     200        200   200
            GET    /api/datasets/{id}/versions/1               401    401     401    200  403           200     200        200   200
            GET    /api/datasets/{id}/diff?from=1&to=2         401    401     401    200  403           200     200        200   200
            POST   /api/users                                  401    401     401    403       403      403     403        201   201
            GET    /api/users                                  401    401     401    403       403      403     403        200   200
            POST   /api/users/{name}/tokens                    401    401     401    403       403      403     403        200   200
            DELETE /api/users/{name}/tokens                    401    401     401    403       403      403     403        204   204
            GET    /api/audit                                  401    401     401    403       403      403     403        200   200
            """;

    /** What a cell needs before its call. */
    enum State { NONE, DRAFT, HEALTH_DRAFT, SUBMITTED, PUBLISHED, TWO_VERSIONS, USER }

    /** A row's request: what state it needs, whether it may change anything, and how it is made. */
    record Endpoint(State state, boolean writes, Function<Cell, WriteApiServer.Call> request) {}

    /** One cell: a fresh record id and user name of its own. */
    record Cell(String method, String template, Caller caller, String id, String name) {
        String path() {
            return template.replace("{id}", id).replace("{name}", name);
        }
    }

    /** An expected status, and the status answered today when that differs (a known gap). */
    record Expected(int status, Integer today) {
        static Expected parse(String cell) {
            int paren = cell.indexOf('(');
            return paren < 0 ? new Expected(Integer.parseInt(cell), null)
                    : new Expected(Integer.parseInt(cell.substring(0, paren)),
                    Integer.parseInt(cell.substring(paren + 1, cell.length() - 1)));
        }
    }

    private static WriteApiServer api;
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);

    @BeforeAll
    static void start() {
        api = WriteApiServer.start();
        byte[] random = new byte[32];
        new Random(7).nextBytes(random);
        TOKENS.put(Caller.FORGED, "hdh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        TOKENS.put(Caller.REVOKED, api.user("revoked-editor", "producer", ATIH));
        assertEquals(204, api.call("DELETE", "/api/users/revoked-editor/tokens").token(ADMIN).send().statusCode());
        TOKENS.put(Caller.READER, api.user("reader", "reader"));
        TOKENS.put(Caller.OTHER_PRODUCER, api.user("drees-editor", "producer", DREES));
        TOKENS.put(Caller.PRODUCER, api.user("atih-editor", "producer", ATIH));
        TOKENS.put(Caller.CURATOR, api.user("curator", "curator"));
        TOKENS.put(Caller.ADMIN_USER, api.user("second-admin", "admin"));
        TOKENS.put(Caller.ADMIN, ADMIN);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Map<String, Endpoint> endpoints() {
        Map<String, Endpoint> e = new LinkedHashMap<>();
        e.put("POST /api/datasets", new Endpoint(State.NONE, true,
                c -> api.call("POST", c.path()).body("text/turtle", WriteApiServer.dataset(c.id(), ATIH))));
        e.put("PUT /api/datasets/{id}", new Endpoint(State.DRAFT, true, c -> api.call("PUT", c.path())
                .header("If-Match", "\"1\"").body("text/turtle", edited(c.id()))));
        e.put("POST /api/datasets/{id}/dictionary", new Endpoint(State.HEALTH_DRAFT, true, c -> api.call("POST", c.path())
                .header("If-Match", "\"1\"").body("text/csv", "table,name,title\nSEJOUR,SEJ_NUM,Numéro de séjour\n")));
        for (String step : List.of("submit", "publish", "withdraw", "restore?version=1")) {
            State state = switch (step) {
                case "submit" -> State.DRAFT;
                case "publish" -> State.SUBMITTED;
                case "withdraw" -> State.PUBLISHED;
                default -> State.TWO_VERSIONS;
            };
            e.put("POST /api/datasets/{id}/" + step, new Endpoint(state, true, c -> api.call("POST", c.path())));
        }
        e.put("GET /api/datasets/{id}", new Endpoint(State.DRAFT, false, c -> api.call("GET", c.path())));
        e.put("GET /api/datasets/{id}/history", new Endpoint(State.DRAFT, false, c -> api.call("GET", c.path())));
        e.put("GET /api/datasets/{id}/versions/1", new Endpoint(State.DRAFT, false, c -> api.call("GET", c.path())));
        e.put("GET /api/datasets/{id}/diff?from=1&to=2", new Endpoint(State.TWO_VERSIONS, false, c -> api.call("GET", c.path())));
        e.put("POST /api/users", new Endpoint(State.NONE, true,
                c -> api.call("POST", c.path()).json(Map.of("name", c.name(), "role", "reader"))));
        e.put("GET /api/users", new Endpoint(State.NONE, false, c -> api.call("GET", c.path())));
        e.put("POST /api/users/{name}/tokens", new Endpoint(State.USER, true, c -> api.call("POST", c.path())));
        e.put("DELETE /api/users/{name}/tokens", new Endpoint(State.USER, true, c -> api.call("DELETE", c.path())));
        e.put("GET /api/audit", new Endpoint(State.NONE, false, c -> api.call("GET", c.path())));
        return e;
    }

    @Test
    void theTableNamesEveryCallerAndEveryEndpointOnce() {
        List<String> lines = MATRIX.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
        assertEquals(Caller.values().length + 1, header.size(), "one column per caller: " + header);
        List<String> rows = lines.stream().skip(1).map(l -> l.trim().split("\\s+")).map(t -> t[0] + " " + t[1]).toList();
        assertEquals(List.copyOf(endpoints().keySet()), rows, "the table's rows are the endpoints, in order");
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryCaller() {
        Map<String, Endpoint> endpoints = endpoints();
        List<DynamicContainer> rows = new ArrayList<>();
        List<String> lines = MATRIX.lines().skip(1).toList();
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).trim().split("\\s+");
            String label = cells[0] + " " + cells[1];
            Endpoint endpoint = endpoints.get(label);
            List<DynamicTest> tests = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                Expected expected = Expected.parse(cells[2 + caller.ordinal()]);
                String suffix = r + "-" + caller.ordinal();
                Cell cell = new Cell(cells[0], cells[1], caller, "m" + suffix, "user-" + suffix);
                tests.add(DynamicTest.dynamicTest(label + " by " + caller.name().toLowerCase() + " → " + expected.status(),
                        () -> check(endpoint, cell, expected)));
            }
            rows.add(DynamicContainer.dynamicContainer(label, tests));
        }
        return rows.stream();
    }

    private static void check(Endpoint endpoint, Cell cell, Expected expected) {
        prepare(endpoint.state(), cell);
        String publicBefore = api.publicChecksum();
        String workspaceBefore = api.workspaceChecksum();
        String recordBefore = api.recordChecksum(cell.id());
        int auditBefore = api.auditSize();

        HttpResponse<String> answer = endpoint.request().apply(cell).token(TOKENS.get(cell.caller())).send();
        int status = answer.statusCode();
        String what = cell.method() + " " + cell.path() + " by " + cell.caller() + ": " + status + " " + answer.body();

        boolean refused = status >= 400;
        if (refused || !endpoint.writes()) {
            assertEquals(publicBefore, api.publicChecksum(), "the public store changed: " + what);
            assertEquals(workspaceBefore, api.workspaceChecksum(), "the audit log or the users changed: " + what);
            assertEquals(recordBefore, api.recordChecksum(cell.id()), "the record's versions changed: " + what);
        } else {
            assertEquals(auditBefore + 1, api.auditSize(), "an allowed write is audited once: " + what);
        }
        if (status == 401) {
            assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), what);
        }
        if (refused) {
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), what);
        }
        if (expected.today() != null) {
            if (status == expected.status()) {
                fail("Known gap fixed (" + status + "): write " + expected.status() + " in the table for " + what);
            }
            assertEquals(expected.today(), status, what);
            Assumptions.abort("KNOWN GAP: should be " + expected.status() + ", is " + status + " — " + what);
        }
        assertEquals(expected.status(), status, what);
    }

    /** Brings the cell's record or user into the state its step needs, as its owner and a curator would. */
    private static void prepare(State state, Cell cell) {
        String producer = TOKENS.get(Caller.PRODUCER);
        String curator = TOKENS.get(Caller.CURATOR);
        String records = "/api/datasets/";
        switch (state) {
            case NONE -> { }
            case USER -> api.user(cell.name(), "reader");
            default -> {
                String turtle = state == State.HEALTH_DRAFT ? WriteApiServer.healthDataset(cell.id(), ATIH)
                        : WriteApiServer.dataset(cell.id(), ATIH);
                expect(201, api.call("POST", "/api/datasets").token(producer).body("text/turtle", turtle));
                if (state == State.SUBMITTED || state == State.PUBLISHED) {
                    expect(200, api.call("POST", records + cell.id() + "/submit").token(producer));
                }
                if (state == State.PUBLISHED) {
                    expect(200, api.call("POST", records + cell.id() + "/publish").token(curator));
                }
                if (state == State.TWO_VERSIONS) {
                    expect(200, api.call("PUT", records + cell.id()).token(producer).header("If-Match", "\"1\"")
                            .body("text/turtle", edited(cell.id())));
                }
            }
        }
    }

    private static void expect(int status, WriteApiServer.Call call) {
        HttpResponse<String> r = call.send();
        assertEquals(status, r.statusCode(), "setting up: " + r.body());
    }

    private static String edited(String id) {
        return WriteApiServer.dataset(id, ATIH).replace("Séjours hospitaliers", "Séjours à l'hôpital");
    }
}
