/**
 * CKAN portals through the Action API: {@code package_search} read page by page ({@code rows},
 * {@code start}) until {@code count} is reached ({@link fr.hdh.catalog.harvest.ckan.CkanHarvester}); a
 * saved answer, a package or a list of packages in a JSON file (or a folder of them) is read too.
 *
 * <p><b>Mapping.</b> Each package becomes one dataset record the way ckanext-dcat's DCAT-AP 3 and
 * HealthDCAT-AP profiles write it ({@link fr.hdh.catalog.harvest.ckan.CkanPackageMapper}, which hands
 * each part to a class with that one job). A field is read at the package's root (ckanext-scheming) or
 * from its {@code extras}, also as {@code dcat_}+key (classic CKAN); a list may be a JSON array, that
 * array as a string, or comma-separated text; repeating subfields are arrays of objects.
 * <ul>
 * <li>{@code CkanDatasetFields}: dataset IRI ({@code uri}, else {@code {site}/dataset/{id or name}});
 * title, notes, url (landing page), identifier (else guid, id; always a literal), version
 * ({@code dcat:version}), version_notes, frequency, dcat_type, tags, issued/modified (else
 * metadata_created/modified), language, theme, conforms_to, documentation, related_resource,
 * has_version, is_version_of, source, sample, is_referenced_by, applicable_legislation, hvd_category,
 * temporal_resolution ({@code xsd:duration}), spatial_resolution_in_meters ({@code xsd:decimal}),
 * alternate_identifier ({@code adms:Identifier}), access_rights and provenance (statements).</li>
 * <li>{@code CkanAgents}: contact[] ({@code vcard:Kind}) and the classic contact/maintainer/author
 * ({@code vcard:Organization}); publisher[] (else publisher_* extras, else the CKAN organisation),
 * creator[] (else creator_*), hdab[] as {@code foaf:Agent}s, each also with a {@code cv:contactPoint}
 * as HealthDCAT-AP requires; qualified_attribution[] and provenance_activity[] (PROV).</li>
 * <li>{@code CkanCoverage}: temporal_coverage[] (else temporal_start/end), spatial_coverage[] (else the
 * spatial_* extras; GeoJSON as {@code gsp:wktLiteral}), qualified_relation[], retention_period[].</li>
 * <li>{@code CkanHealthFields}: the HealthDCAT-AP fields ({@code http://healthdataportal.eu/ns/health#},
 * DPV for legal_basis, personal_data, purpose); {@code CkanHealthDefaults}: what HealthDCAT-AP
 * requires and CKAN has no field for, stated as our choice.</li>
 * <li>{@code CkanDistributions}: each resource with its URLs, format and media type, licence (else the
 * package's), rights, checksum, dates, size, availability, compress/package format, resolutions,
 * documentation, language, conforms_to, applicable_legislation and access_services[].</li>
 * </ul>
 *
 * <p><b>Departures from ckanext-dcat</b>, each so that the record meets DCAT-AP 3.0.0 and HealthDCAT-AP
 * r8 as this catalogue validates them: free text where the range is a class becomes a labelled node of
 * that class (as the profile does for statements); ISO language codes and frequency words become the EU
 * concepts; {@code byteSize} stays {@code xsd:decimal} (DCAT-AP 3.0.0); {@code health_theme} is
 * {@code healthdcatap:healthTheme}; code_values are literals (r8); sample and analytics URLs are
 * distributions at that URL; a qualified relation whose role is IANA {@code related} is a plain
 * {@code dct:relation}; the download URL doubles as the required access URL; a link that is not an
 * http(s) URL is left out.
 *
 * <p><b>What is left out.</b> A resource with no http(s) URL cannot be a distribution: it is dropped,
 * the dataset kept, and the drop reported through {@link fr.hdh.catalog.harvest.RecordSink#reject} as
 * item {@code "distribution <iri> of <dataset>"} with a reason starting {@code "dropped: "}. A package
 * without a title, or without id, name and uri, is rejected.
 */
package fr.hdh.catalog.harvest.ckan;
