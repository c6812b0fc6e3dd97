package fr.hdh.catalog.core.form;

import java.util.List;
import java.util.Map;

/**
 * A dataset record as a producer fills it in, without RDF: what the API's plain JSON body and the web
 * form carry. {@link DatasetForms#record} turns it into the DCAT-AP graph; every field but {@code id} and
 * {@code title} may be left out (validation then says what the profile still needs).
 *
 * @param id the local name: the dataset is {@code <base>dataset/<id>}
 * @param title per language tag ({@code fr}, {@code en})
 * @param description per language tag
 * @param publisher the IRI of the publishing organisation (a producer record of the catalogue)
 * @param contactPoint how to reach the team in charge
 * @param themes EU data-theme IRIs (or codes such as {@code HEAL})
 * @param keywords per language tag
 * @param accessRights {@code PUBLIC}, {@code RESTRICTED}, {@code NON_PUBLIC} or an access-right IRI
 * @param temporal the period covered
 * @param spatial places covered (IRIs, e.g. EU country authority IRIs)
 * @param distributions the ways to get the data
 */
public record DatasetForm(String id, Map<String, String> title, Map<String, String> description, String publisher,
                          ContactPoint contactPoint, List<String> themes, Map<String, List<String>> keywords,
                          String accessRights, Period temporal, List<String> spatial, List<Distribution> distributions) {

    /** A contact point: an e-mail address and/or a web page. */
    public record ContactPoint(String name, String email, String url) {}

    /** A period: ISO dates ({@code 2010-01-01}), either end may be open. */
    public record Period(String start, String end) {}

    /**
     * A distribution.
     *
     * @param title per language tag
     * @param accessURL where the data can be requested or accessed (required by DCAT-AP)
     * @param downloadURL a direct download, if any
     * @param format an EU file-type code ({@code CSV}) or IRI
     * @param mediaType an IANA media type ({@code text/csv})
     */
    public record Distribution(Map<String, String> title, String accessURL, String downloadURL, String format, String mediaType) {}
}
