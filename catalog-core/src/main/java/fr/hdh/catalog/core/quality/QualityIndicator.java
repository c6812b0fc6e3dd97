package fr.hdh.catalog.core.quality;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The points a dataset earns for each recommended property, after data.europa.eu's Metadata Quality
 * Assessment (MQA): findability, accessibility, interoperability, reusability and contextuality, with
 * MQA's weights. A distribution property earns its points in proportion to the distributions that
 * have it. Not scored (no network probe at harvest time): whether access and download URLs answer,
 * and whether formats are machine-readable or non-proprietary; so the maximum is 310, not MQA's 405.
 * Conformance to the profile ({@link #PROFILE_CONFORMANCE}) is judged on the record as its source
 * published it: every stored record conforms, but one the catalogue had to repair earns half its points
 * and one it had to drop values from none ({@link AsPublishedConformance}).
 */
public enum QualityIndicator {
    KEYWORDS(Dimension.FINDABILITY, 30, Scope.DATASET, DCAT.keyword.asNode(),
            "Mots-clés", "Keywords"),
    THEMES(Dimension.FINDABILITY, 30, Scope.DATASET, DCAT.theme.asNode(),
            "Thèmes", "Themes"),
    SPATIAL_COVERAGE(Dimension.FINDABILITY, 20, Scope.DATASET, DCTerms.spatial.asNode(),
            "Couverture géographique", "Spatial coverage"),
    TEMPORAL_COVERAGE(Dimension.FINDABILITY, 20, Scope.DATASET, DCTerms.temporal.asNode(),
            "Couverture temporelle", "Temporal coverage"),
    ACCESS_URL(Dimension.ACCESSIBILITY, 50, Scope.DISTRIBUTION, DCAT.accessURL.asNode(),
            "URL d'accès des distributions", "Access URL of the distributions"),
    DOWNLOAD_URL(Dimension.ACCESSIBILITY, 20, Scope.DISTRIBUTION, DCAT.downloadURL.asNode(),
            "URL de téléchargement des distributions", "Download URL of the distributions"),
    FORMAT(Dimension.INTEROPERABILITY, 20, Scope.DISTRIBUTION, DCTerms.format.asNode(),
            "Format des distributions", "Format of the distributions"),
    MEDIA_TYPE(Dimension.INTEROPERABILITY, 10, Scope.DISTRIBUTION, DCAT.mediaType.asNode(),
            "Type de média des distributions", "Media type of the distributions"),
    PROFILE_CONFORMANCE(Dimension.INTEROPERABILITY, 30, Scope.RECORD, null,
            "Conformité au profil", "Conformance to the profile"),
    LICENCE(Dimension.REUSABILITY, 20, Scope.DISTRIBUTION, DCTerms.license.asNode(),
            "Licence des distributions", "Licence of the distributions"),
    ACCESS_RIGHTS(Dimension.REUSABILITY, 10, Scope.DATASET, DCTerms.accessRights.asNode(),
            "Droits d'accès", "Access rights"),
    CONTACT_POINT(Dimension.REUSABILITY, 20, Scope.DATASET, DCAT.contactPoint.asNode(),
            "Point de contact", "Contact point"),
    PUBLISHER(Dimension.REUSABILITY, 10, Scope.DATASET, DCTerms.publisher.asNode(),
            "Éditeur", "Publisher"),
    RIGHTS(Dimension.CONTEXTUALITY, 5, Scope.DISTRIBUTION, DCTerms.rights.asNode(),
            "Droits des distributions", "Rights of the distributions"),
    BYTE_SIZE(Dimension.CONTEXTUALITY, 5, Scope.DISTRIBUTION, DCAT.byteSize.asNode(),
            "Taille des distributions", "Byte size of the distributions"),
    ISSUED(Dimension.CONTEXTUALITY, 5, Scope.DATASET, DCTerms.issued.asNode(),
            "Date de publication", "Issue date"),
    MODIFIED(Dimension.CONTEXTUALITY, 5, Scope.DATASET, DCTerms.modified.asNode(),
            "Date de modification", "Modification date");

    /** MQA's five dimensions, with their French and English names. */
    public enum Dimension {
        FINDABILITY("Trouvabilité", "Findability"),
        ACCESSIBILITY("Accessibilité", "Accessibility"),
        INTEROPERABILITY("Interopérabilité", "Interoperability"),
        REUSABILITY("Réutilisabilité", "Reusability"),
        CONTEXTUALITY("Contexte", "Contextuality");

        final String labelFr;
        final String labelEn;

        Dimension(String labelFr, String labelEn) {
            this.labelFr = labelFr;
            this.labelEn = labelEn;
        }
    }

    private enum Scope { DATASET, DISTRIBUTION, RECORD }

    private final Dimension dimension;
    private final int maxPoints;
    private final Scope scope;
    private final Node property;
    final String labelFr;
    final String labelEn;

    QualityIndicator(Dimension dimension, int maxPoints, Scope scope, Node property, String labelFr, String labelEn) {
        this.dimension = dimension;
        this.maxPoints = maxPoints;
        this.scope = scope;
        this.property = property;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public Dimension dimension() {
        return dimension;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** The most a dataset can earn over all indicators. */
    public static int maxScore() {
        int total = 0;
        for (QualityIndicator i : values()) {
            total += i.maxPoints;
        }
        return total;
    }

    /** The points {@code dataset} earns in {@code content} (its stored record), stored as published. */
    public int points(Graph content, Node dataset) {
        return points(content, dataset, AsPublishedConformance.CONFORMED);
    }

    /** The points {@code dataset} earns in {@code content}, its record having met the profile as {@code conformance} says. */
    public int points(Graph content, Node dataset, AsPublishedConformance conformance) {
        return switch (scope) {
            case RECORD -> conformance.points(maxPoints);
            case DATASET -> content.contains(dataset, property, Node.ANY) ? maxPoints : 0;
            case DISTRIBUTION -> {
                List<Node> distributions = content.find(dataset, DCAT.distribution.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject()).toList();
                long having = distributions.stream().filter(d -> content.contains(d, property, Node.ANY)).count();
                yield distributions.isEmpty() ? 0 : Math.round((float) maxPoints * having / distributions.size());
            }
        };
    }

    /** The metric's name in IRIs: {@code keywords}, {@code accessUrl}, … */
    public String localName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
