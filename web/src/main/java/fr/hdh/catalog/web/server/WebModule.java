package fr.hdh.catalog.web.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A part of the web interface (search API, DCAT API, pages, admin) plugged into the one server: it may
 * add servlets to the Jetty/Fuseki builder and resources to the JSON API under {@code /api}. Parts are
 * listed once, where the server is started.
 */
public interface WebModule {

    /** Adds servlets or filters outside {@code /api} (for example {@code /catalog}). */
    default void addServlets(FusekiServer.Builder builder) {}

    /** Registers JAX-RS resources (and their bindings) under {@code /api}. */
    default void addApi(ResourceConfig api) {}
}
