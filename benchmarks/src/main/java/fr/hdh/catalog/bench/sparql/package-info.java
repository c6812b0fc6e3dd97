/**
 * The public SPARQL endpoint against plain Fuseki: the same TDB2 store (the demo content) served by
 * the real {@code CatalogServer} (with the endpoint's filter, timeout and result cap) and by a bare
 * {@code FusekiServer} with no filter, in one JVM, the same queries sent over HTTP on loopback to
 * both in alternation, so what differs is only what our endpoint adds.
 *
 * <p>{@link fr.hdh.catalog.bench.sparql.SparqlOverheadBenchmark} is the entry point; the queries are
 * {@code .rq} files beside these classes ({@link fr.hdh.catalog.bench.sparql.BenchQueries}), a request
 * is timed by {@link fr.hdh.catalog.bench.sparql.EndpointClient} and summed up by
 * {@link fr.hdh.catalog.bench.sparql.Latencies}.
 */
package fr.hdh.catalog.bench.sparql;
