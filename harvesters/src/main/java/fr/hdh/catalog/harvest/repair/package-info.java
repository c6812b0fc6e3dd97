/**
 * Repairs with one right reading, applied to every record harvested from a partner's metadata (DCAT or
 * CKAN; the FHIR, Table Schema and OMOP harvesters write their records themselves) before validation, each listed
 * (kind, record, property, before → after): formats, media types and languages given as text become the
 * EU or IANA concepts, links given as text become IRIs, identifiers given as IRIs become text, dates,
 * e-mail addresses and sizes get their types, licences, rights and standards given as text become
 * resources labelled with it, restated EU authority concepts give way to the node's own
 * tables, untyped agents and contact points get the class DCAT-AP gives them. What is still wrong after
 * repairs is dropped by the lenient validation ({@link fr.hdh.catalog.core.validation.ViolationDrops}).
 */
package fr.hdh.catalog.harvest.repair;
