/**
 * Federated SPARQL, closed by default: a public query's {@code SERVICE} clauses may call only the
 * partner endpoints the operator configured ({@link fr.hdh.catalog.sparql.federation.PartnerEndpoints}).
 * {@link fr.hdh.catalog.sparql.federation.ServiceRefusal} refuses a query naming another endpoint before
 * it runs; {@link fr.hdh.catalog.sparql.federation.PartnerServiceExecutor}, the only service executor
 * registered for queries on the store, checks endpoints bound at run time and sends allowed calls
 * through the server's one door for outgoing requests ({@code fr.hdh.catalog.core.net}), never through
 * Jena's own HTTP client.
 */
package fr.hdh.catalog.sparql.federation;
