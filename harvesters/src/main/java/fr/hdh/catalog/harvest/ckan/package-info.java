/**
 * CKAN portals through the Action API: {@code package_search} read page by page ({@code rows},
 * {@code start}) until {@code count} is reached, and each package mapped to DCAT the way ckanext-dcat's
 * European DCAT-AP profile does ({@link fr.hdh.catalog.harvest.ckan.CkanPackageMapper}). A saved
 * {@code package_search} answer (a JSON file, or a folder of them) can be harvested too.
 */
package fr.hdh.catalog.harvest.ckan;
