/**
 * Validation of records against the application profile: the official DCAT-AP 3.0.0 and HealthDCAT-AP
 * r8 shapes (loaded as published, mended in memory where Jena refuses them) plus ours, chosen per dataset
 * ({@link fr.hdh.catalog.core.validation.ValidationProfile}: HealthDCAT-AP at the access level of a health
 * dataset, DCAT-AP 3.0.0 with its class ranges entailed for a generic one); references resolved through {@link fr.hdh.catalog.core.validation.ReferenceLookup};
 * reports in plain words that name the focus node and the property, each finding with its site as nodes.
 * Drop, don't refuse ({@link fr.hdh.catalog.core.validation.ViolationDrops}): for harvested records,
 * the values that break a rule are taken out and listed as {@link fr.hdh.catalog.core.validation.Amendment}s;
 * a record is refused only when its main resource misses a mandatory property.
 */
package fr.hdh.catalog.core.validation;
