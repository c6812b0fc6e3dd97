/**
 * Records as producers fill them in: {@link fr.hdh.catalog.core.form.DatasetForm} (titles and descriptions
 * per language, publisher, contact point, themes, keywords, access rights, temporal and spatial coverage,
 * distributions with licence, rights and size, and the optional HealthDCAT-AP part: health categories, HDAB,
 * applicable legislation, population, counts, ages, retention, purposes, coding systems) and its mapping to a
 * DCAT-AP 3 dataset graph ({@link fr.hdh.catalog.core.form.DatasetForms}, the health part by
 * {@link fr.hdh.catalog.core.form.HealthForms}),
 * used by the API's plain JSON body and by the web forms. Field problems are named per field; the profile's
 * own requirements are checked by validation, as for any record.
 */
package fr.hdh.catalog.core.form;
