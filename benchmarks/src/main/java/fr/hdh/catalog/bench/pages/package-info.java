/**
 * The server time of the pages people read first (home, search, dataset, table, variable, code list), on the
 * demo content through the real server, beside the server's cheapest answer as the floor of the transport.
 */
package fr.hdh.catalog.bench.pages;
