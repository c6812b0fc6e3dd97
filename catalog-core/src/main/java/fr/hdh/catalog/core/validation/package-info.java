/**
 * Validation of records against the application profile: the official DCAT-AP 3.0.0 and HealthDCAT-AP
 * r8 shapes (loaded as published, mended in memory where Jena refuses them) plus ours, chosen by the
 * dataset's access level; references resolved through {@link fr.hdh.catalog.core.validation.ReferenceLookup};
 * reports in plain words that name the focus node and the property.
 */
package fr.hdh.catalog.core.validation;
