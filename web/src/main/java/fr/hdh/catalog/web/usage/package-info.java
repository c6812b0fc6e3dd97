/**
 * The usage API: the public directory of projects ({@code /api/projects}), the publications that used
 * catalogued data ({@code /api/publications}) and the reuse indicators ({@code /api/reuse},
 * {@code /api/reuse/ranking}). Reading is public; writing needs a token: a curator's or the admin's for
 * projects (the register is the hub's), any user's but a reader's for publications (a producer may have
 * its data's reuse recognised). A body is read whole by the readers of {@code harvest.usage} (JSON, CSV,
 * BibTeX, RIS, Crossref JSON by Content-Type) and written by {@link fr.hdh.catalog.core.usage.UsageService}
 * in one transaction, or refused whole with a problem+json naming the line or field.
 */
package fr.hdh.catalog.web.usage;
