package fr.hdh.catalog.harvest.sample;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a variable dictionary as the sample generator needs it.
 *
 * @param name the csvw:name, the CSV header
 * @param datatype the csvw:datatype built-in name ({@code string}, {@code integer}, {@code date}, …)
 * @param length the declared {@code hdh:fieldLength} ({@code "9"}, or {@code "4,2"} for numbers), if any
 * @param codeList the {@code hdh:codeList} scheme IRI, if the column is coded
 */
public record SampleColumn(String name, String datatype, Optional<String> length, Optional<String> codeList) {
    public SampleColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(codeList, "codeList");
    }
}
