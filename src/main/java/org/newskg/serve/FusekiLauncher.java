package org.newskg.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newskg.error.NewsKgException;
import org.newskg.error.StoreException;
import org.newskg.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves a newskg store with embedded Fuseki, configured from the bundled {@code fuseki/config.ttl} with its
 * TDB2 location set to the store.
 *
 * <pre>
 * try (FusekiLauncher server = FusekiLauncher.start(FusekiLauncher.Settings.of(Path.of("kg")))) {
 *     System.out.println(server.url());   // http://127.0.0.1:3030/
 *     server.join();
 * }
 * </pre>
 */
public final class FusekiLauncher implements AutoCloseable {
    /** The dataset name in {@code fuseki/config.ttl}. */
    public static final String DATASET = "newskg";
    private static final String CONFIG = "/fuseki/config.ttl";
    private static final Property LOCATION =
            ModelFactory.createDefaultModel().createProperty("http://jena.apache.org/2016/tdb#location");
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final Property CXT_NAME = ModelFactory.createDefaultModel().createProperty(JA + "cxtName");
    private static final Property CXT_VALUE = ModelFactory.createDefaultModel().createProperty(JA + "cxtValue");

    /**
     * How to serve.
     *
     * @param store  the TDB2 store folder
     * @param port   TCP port; 0 picks a free one
     * @param host   interface to bind: loopback unless the user says otherwise
     * @param update user and password that may use an update endpoint; none means the server is read only
     * @param queryTimeout how long one query may run before it is cut off (the client gets 503); positive
     */
    public record Settings(Path store, int port, String host, Optional<Credentials> update, Duration queryTimeout) {
        /** The default query timeout. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

        public Settings {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive: " + queryTimeout);
            }
        }

        /** With the default query timeout. */
        public Settings(Path store, int port, String host, Optional<Credentials> update) {
            this(store, port, host, update, DEFAULT_TIMEOUT);
        }

        /** Port 3030 on 127.0.0.1, read only. */
        public static Settings of(Path store) {
            return new Settings(store, 3030, "127.0.0.1", Optional.empty());
        }

        /** The same settings with another query timeout. */
        public Settings withQueryTimeout(Duration timeout) {
            return new Settings(store, port, host, update, timeout);
        }
    }

    /**
     * Who may update.
     *
     * @param user     user name
     * @param password password (never logged)
     */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (password.isBlank()) throw new IllegalArgumentException("the update password is empty");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    private final FusekiServer server;

    private FusekiLauncher(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts the server.
     *
     * @throws StoreException   when the folder holds no store
     * @throws NewsKgException  when the server cannot start (the port is taken, the host is unknown)
     */
    public static FusekiLauncher start(Settings settings) {
        Path store = settings.store().toAbsolutePath().normalize();
        if (!GraphStore.isStore(store)) {
            throw new StoreException(settings.store() + ": no store there (run 'newskg build --store " + settings.store() + " …' first)");
        }
        FusekiServer.Builder b = FusekiServer.create()
                .port(settings.port())
                .parseConfig(config(store, settings.queryTimeout()))
                .fusekiModules(FusekiModules.create(List.of()))
                .staticFileBase(fusekiUi())
                .enablePing(true)
                .enableStats(true)
                // read-only administration: what the Fuseki UI lists and validates, nothing that adds or drops
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addServlet("/app/*", new WebAppServlet());
        settings.update().ifPresent(c -> {
            b.addEndpoint("/" + DATASET, "update", Operation.Update, Auth.policyAllowSpecific(c.user()));
            ConstraintSecurityHandler sh = JettySecurityLib.makeSecurityHandler("newskg",
                    JettySecurityLib.makeUserStore(c.user(), c.password()), AuthScheme.BASIC);
            JettySecurityLib.addPathConstraint(sh, "/" + DATASET + "/update");
            b.securityHandler(sh);
        });
        FusekiServer server;
        try {
            server = b.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(settings.host());
            }
            server.start();
        } catch (RuntimeException e) {
            throw new NewsKgException("cannot start the server on " + settings.host() + ":" + settings.port() + ": "
                    + rootMessage(e), e);
        }
        return new FusekiLauncher(server);
    }

    /** Where the Fuseki UI's files are: the {@code webapp} folder of the jena-fuseki-ui jar. */
    private static String fusekiUi() {
        java.net.URL index = FusekiLauncher.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) throw new NewsKgException("the Fuseki UI (jena-fuseki-ui) is missing from the class path");
        String s = index.toString();
        return s.substring(0, s.length() - "index.html".length());
    }

    /** The bundled configuration with its TDB2 location set to {@code store} and its query timeout to {@code timeout}. */
    static Model config(Path store, Duration timeout) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = FusekiLauncher.class.getResourceAsStream(CONFIG)) {
            if (in == null) throw new NewsKgException(CONFIG + " is missing from the class path");
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki/config.ttl").parse(m);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + CONFIG + ": " + e.getMessage(), e);
        }
        List<Statement> locations = m.listStatements(null, LOCATION, (String) null).toList();
        if (locations.size() != 1) throw new NewsKgException(CONFIG + ": expected one tdb2:location, found " + locations.size());
        Statement s = locations.get(0);
        m.remove(s);
        m.add(s.getSubject(), LOCATION, store.toString());
        List<Statement> timeouts = m.listStatements(null, CXT_NAME, "arq:queryTimeout").toList();
        if (timeouts.size() != 1) throw new NewsKgException(CONFIG + ": expected one arq:queryTimeout, found " + timeouts.size());
        org.apache.jena.rdf.model.Resource cxt = timeouts.get(0).getSubject();
        m.removeAll(cxt, CXT_VALUE, null);
        m.add(cxt, CXT_VALUE, Long.toString(timeout.toMillis()));
        return m;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String host = server.getJettyServer().getConnectors()[0] instanceof ServerConnector sc && sc.getHost() != null
                ? sc.getHost() : "127.0.0.1";
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; the store is closed when the JVM exits. */
    @Override
    public void close() {
        server.stop();
    }
}
