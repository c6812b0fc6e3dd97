/**
 * Start-up and wiring: opens the catalogue with its settings and background vocabularies for the
 * command line and the server. Nothing here is called per request.
 */
package fr.hdh.catalog.web.sys;
