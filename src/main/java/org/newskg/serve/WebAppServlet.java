package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * newskg's pages, read from the jar: {@code /app/} is {@code web/index.html}, {@code /app/x} is {@code web/x},
 * and {@code /app/queries/NAME.rq} is a bundled query, so that the page runs the same SPARQL as the command line.
 * Only GET and HEAD; nothing outside those two folders is reachable.
 */
final class WebAppServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8", "svg", "image/svg+xml", "json", "application/json");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) path = "/index.html";
        if (!path.matches("/(queries/[a-z0-9-]+\\.rq|[a-z0-9-]+\\.(html|js|css|svg|json))")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = path.startsWith("/queries/") ? path : "/web" + path;
        try (InputStream in = WebAppServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
