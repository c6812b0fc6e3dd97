package fr.hdh.catalog.web.write;

import fr.hdh.catalog.web.api.Problems;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code {id}} of {@code /api/datasets/{id}}: for a dataset minted under the catalogue's base
 * ({@code <base>dataset/pmsi-mco}) its local name, for any other IRI {@code iri-} and the IRI in
 * base64url. An id is checked before use, so no path traversal or odd character gets through.
 */
final class DatasetIds {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final String ENCODED = "iri-";
    private final String datasets;

    DatasetIds(String base) {
        this.datasets = base + "dataset/";
    }

    String id(String iri) {
        String local = iri.startsWith(datasets) ? iri.substring(datasets.length()) : "";
        if (LOCAL.matcher(local).matches() && !local.startsWith(ENCODED)) {
            return local;
        }
        return ENCODED + Base64.getUrlEncoder().withoutPadding().encodeToString(iri.getBytes(StandardCharsets.UTF_8));
    }

    String iri(String id) {
        if (id.startsWith(ENCODED)) {
            try {
                String iri = new String(Base64.getUrlDecoder().decode(id.substring(ENCODED.length())), StandardCharsets.UTF_8);
                if (iri.startsWith("http://") || iri.startsWith("https://")) {
                    return iri;
                }
            } catch (IllegalArgumentException e) {
                // Falls through to the refusal below.
            }
        } else if (LOCAL.matcher(id).matches()) {
            return datasets + id;
        }
        throw Problems.exception(Response.Status.BAD_REQUEST, "'" + id + "' is not a dataset id: letters, digits, "
                + "'.', '_' and '-' (or iri- and a base64url IRI)");
    }
}
