package fr.hdh.catalog.harvest.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A GeoJSON geometry (an object, or the object written as a string, as CKAN's {@code spatial} extra
 * holds it) as WKT, which GeoDCAT-AP asks for in a {@code gsp:wktLiteral}; coordinates rounded to four
 * decimals, as ckanext-dcat writes them. Anything that is not a GeoJSON geometry gives nothing.
 */
final class GeoJsonWkt {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonWkt() {}

    static Optional<String> of(JsonNode geometry) {
        JsonNode g = geometry;
        if (g.isTextual()) {
            try {
                g = JSON.readTree(g.asText());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        if (g == null || !g.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(wkt(g));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String wkt(JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> "POINT (" + position(c) + ")";
            case "MultiPoint" -> "MULTIPOINT (" + list(c, p -> "(" + position(p) + ")") + ")";
            case "LineString" -> "LINESTRING " + ring(c);
            case "MultiLineString" -> "MULTILINESTRING (" + list(c, GeoJsonWkt::ring) + ")";
            case "Polygon" -> "POLYGON " + polygon(c);
            case "MultiPolygon" -> "MULTIPOLYGON (" + list(c, GeoJsonWkt::polygon) + ")";
            case "GeometryCollection" -> "GEOMETRYCOLLECTION (" + list(g.path("geometries"), GeoJsonWkt::wkt) + ")";
            default -> throw new IllegalArgumentException("not a GeoJSON geometry: " + type);
        };
    }

    private static String polygon(JsonNode rings) {
        return "(" + list(rings, GeoJsonWkt::ring) + ")";
    }

    private static String ring(JsonNode positions) {
        return "(" + list(positions, GeoJsonWkt::position) + ")";
    }

    private static String list(JsonNode items, java.util.function.Function<JsonNode, String> each) {
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalArgumentException("empty coordinates");
        }
        StringJoiner j = new StringJoiner(", ");
        items.forEach(i -> j.add(each.apply(i)));
        return j.toString();
    }

    private static String position(JsonNode p) {
        if (!p.isArray() || p.size() < 2) {
            throw new IllegalArgumentException("not a position");
        }
        StringJoiner j = new StringJoiner(" ");
        p.forEach(n -> {
            if (!n.isNumber()) {
                throw new IllegalArgumentException("not a number");
            }
            j.add(number(n.decimalValue()));
        });
        return j.toString();
    }

    private static String number(BigDecimal n) {
        BigDecimal r = n.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString().toLowerCase(Locale.ROOT);
    }
}
