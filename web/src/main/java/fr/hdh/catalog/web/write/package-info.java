/**
 * The producers' write API over HTTP ({@code /api/datasets}): create, read with its {@code ETag}, update
 * with {@code If-Match}, submit, publish, withdraw, history, versions, diff and restore — each a thin
 * resource method over {@link fr.hdh.catalog.core.record.DatasetWorkflow}, which checks who may do what
 * and keeps drafts out of the public store. Bodies are parsed whole and strictly ({@code RdfBody}).
 */
package fr.hdh.catalog.web.write;
