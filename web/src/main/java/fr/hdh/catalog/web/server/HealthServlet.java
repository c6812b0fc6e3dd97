package fr.hdh.catalog.web.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: 200 with {@code {"status":"UP",…}} once the catalogue is ready; 503 with what
 * it is doing while it starts or loads; 503 with the reason if loading failed.
 */
final class HealthServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Readiness readiness;
    private final long startedAt = System.currentTimeMillis();

    HealthServlet(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        Readiness.State state = readiness.state();
        body.put("status", state == Readiness.State.READY ? "UP" : state.name());
        body.put("uptimeSeconds", (System.currentTimeMillis() - startedAt) / 1000);
        if (state == Readiness.State.LOADING) {
            body.put("phase", readiness.phase());
            body.put("done", readiness.done());
            body.put("total", readiness.total());
        }
        if (state == Readiness.State.FAILED) {
            body.put("error", readiness.failure());
        }
        resp.setStatus(state == Readiness.State.READY ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
