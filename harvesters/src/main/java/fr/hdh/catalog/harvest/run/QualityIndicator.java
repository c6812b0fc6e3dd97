package fr.hdh.catalog.harvest.run;

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
 * Conformance to the profile earns its 30 points always, as only conforming records are stored.
 */
enum QualityIndicator {
    KEYWORDS(Dimension.FINDABILITY, 30, Scope.DATASET, DCAT.keyword.asNode()),
    THEMES(Dimension.FINDABILITY, 30, Scope.DATASET, DCAT.theme.asNode()),
    SPATIAL_COVERAGE(Dimension.FINDABILITY, 20, Scope.DATASET, DCTerms.spatial.asNode()),
    TEMPORAL_COVERAGE(Dimension.FINDABILITY, 20, Scope.DATASET, DCTerms.temporal.asNode()),
    ACCESS_URL(Dimension.ACCESSIBILITY, 50, Scope.DISTRIBUTION, DCAT.accessURL.asNode()),
    DOWNLOAD_URL(Dimension.ACCESSIBILITY, 20, Scope.DISTRIBUTION, DCAT.downloadURL.asNode()),
    FORMAT(Dimension.INTEROPERABILITY, 20, Scope.DISTRIBUTION, DCTerms.format.asNode()),
    MEDIA_TYPE(Dimension.INTEROPERABILITY, 10, Scope.DISTRIBUTION, DCAT.mediaType.asNode()),
    PROFILE_CONFORMANCE(Dimension.INTEROPERABILITY, 30, Scope.RECORD, null),
    LICENCE(Dimension.REUSABILITY, 20, Scope.DISTRIBUTION, DCTerms.license.asNode()),
    ACCESS_RIGHTS(Dimension.REUSABILITY, 10, Scope.DATASET, DCTerms.accessRights.asNode()),
    CONTACT_POINT(Dimension.REUSABILITY, 20, Scope.DATASET, DCAT.contactPoint.asNode()),
    PUBLISHER(Dimension.REUSABILITY, 10, Scope.DATASET, DCTerms.publisher.asNode()),
    RIGHTS(Dimension.CONTEXTUALITY, 5, Scope.DISTRIBUTION, DCTerms.rights.asNode()),
    BYTE_SIZE(Dimension.CONTEXTUALITY, 5, Scope.DISTRIBUTION, DCAT.byteSize.asNode()),
    ISSUED(Dimension.CONTEXTUALITY, 5, Scope.DATASET, DCTerms.issued.asNode()),
    MODIFIED(Dimension.CONTEXTUALITY, 5, Scope.DATASET, DCTerms.modified.asNode());

    /** MQA's five dimensions. */
    enum Dimension { FINDABILITY, ACCESSIBILITY, INTEROPERABILITY, REUSABILITY, CONTEXTUALITY }

    private enum Scope { DATASET, DISTRIBUTION, RECORD }

    private final Dimension dimension;
    private final int maxPoints;
    private final Scope scope;
    private final Node property;

    QualityIndicator(Dimension dimension, int maxPoints, Scope scope, Node property) {
        this.dimension = dimension;
        this.maxPoints = maxPoints;
        this.scope = scope;
        this.property = property;
    }

    Dimension dimension() {
        return dimension;
    }

    int maxPoints() {
        return maxPoints;
    }

    /** The most a dataset can earn over all indicators. */
    static int maxScore() {
        int total = 0;
        for (QualityIndicator i : values()) {
            total += i.maxPoints;
        }
        return total;
    }

    /** The points {@code dataset} earns in {@code content} (its stored record). */
    int points(Graph content, Node dataset) {
        return switch (scope) {
            case RECORD -> maxPoints;
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
    String localName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
