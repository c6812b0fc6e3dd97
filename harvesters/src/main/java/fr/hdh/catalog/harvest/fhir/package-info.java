/**
 * The FHIR harvester: FHIR R4 and R5 metadata resources, JSON or XML, from a FHIR server's REST search
 * (Bundle paging through the harvest's {@link fr.hdh.catalog.core.net.Fetcher}) or from Bundle,
 * single-resource and ndjson files or folders, parsed with HAPI FHIR (one shared context per release;
 * HAPI types never leave this package). The mappings read R4: each resource's release is told from the
 * resource itself ({@code VersionedParser}: what R4 does not know and R5 reads cleanly is R5), and an R5
 * resource is converted to R4 by HL7's version convertor, or by {@code R5ResearchStudies} for
 * ResearchStudy, which the convertor refuses. The server's CapabilityStatement is not asked: a resource
 * that both releases read alike maps alike.
 *
 * <table>
 * <caption>FHIR resource → catalogue record</caption>
 * <tr><th>resource</th><th>record</th></tr>
 * <tr><td>ResearchStudy, Group</td><td>DATASET (DCAT-AP 3 + HealthDCAT-AP RESTRICTED), with its publisher's PRODUCER record</td></tr>
 * <tr><td>Organization</td><td>PRODUCER, only as the publisher a study ({@code sponsor}) or group ({@code managingEntity}) names</td></tr>
 * <tr><td>StructureDefinition (kind logical), Questionnaire</td><td>STANDARD: a {@code dct:Standard} with one csvw table and its columns</td></tr>
 * <tr><td>CodeSystem, ValueSet</td><td>VOCABULARY: a {@code skos:ConceptScheme} and its concepts</td></tr>
 * <tr><td>ConceptMap</td><td>MAPPING_SET: the map as an SSSOM mapping set, as {@code /api/mappings} stores one</td></tr>
 * </table>
 *
 * <p><b>Facts taken from the resource</b> (a dataset is refused, with the reason, when one is missing):
 * id; title ({@code ResearchStudy.title}, {@code Group.name}); description ({@code ResearchStudy.description}
 * or the narrative; for a Group without narrative, a sentence built from its own elements: actual or
 * definitional, quantity, type, characteristics); publisher (an Organization of the source with a name
 * and a {@code telecom} url or email for its contact point). Also taken when present: identifiers,
 * keywords, conditions, categories and focus as {@code dcat:keyword}, period as {@code dct:temporal},
 * contact as {@code dcat:contactPoint}, the number of persons of an actual Group as
 * {@code healthdcatap:numberOfUniqueIndividuals}.
 *
 * <p><b>Defaults, the same for every FHIR dataset, because FHIR has no element for them:</b>
 * {@code dct:accessRights} RESTRICTED (studies and cohorts hold individual-level health data);
 * {@code healthdcatap:hdab} the Health Data Hub ({@code producer/hdh}); {@code dcatap:applicableLegislation}
 * the EHDS regulation; {@code dcat:theme} HEAL; {@code healthdcatap:healthCategory} RQSH (data from research
 * cohorts, questionnaires and surveys); {@code healthdcatap:hasStructuredData} false. The one distribution
 * says access is on request; its {@code dcat:accessURL} is the resource's own absolute {@code fullUrl} when
 * the source gives one, else the Health Data Hub's site, where access requests are made.
 *
 * <p><b>Bad input.</b> Each resource is parsed on its own: a Bundle entry, ndjson line or resource that
 * fails to parse (bad JSON, unknown resourceType, invalid value) is rejected with HAPI's message and
 * the rest goes on ({@code "not a FHIR R4 or R5 resource: …"}); a resource of a type not catalogued is
 * rejected saying so. A file that is not FHIR at all is a {@link
 * fr.hdh.catalog.core.MalformedInputException} naming it. XML with a document type declaration is
 * refused before parsing, so no external entity is ever resolved ({@code SecureXml}).
 */
package fr.hdh.catalog.harvest.fhir;
