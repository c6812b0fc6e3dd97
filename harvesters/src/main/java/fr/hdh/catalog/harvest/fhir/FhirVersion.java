package fr.hdh.catalog.harvest.fhir;

/** The FHIR releases the harvester reads; R5 resources are converted to R4 before they are mapped. */
enum FhirVersion { R4, R5 }
