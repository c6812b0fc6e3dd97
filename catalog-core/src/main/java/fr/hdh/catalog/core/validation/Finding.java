package fr.hdh.catalog.core.validation;

/**
 * One problem found in a record, in plain words.
 *
 * @param focusNode the resource at fault (an IRI, or a blank node label)
 * @param path the property concerned, as a prefixed name ({@code dct:title}), or empty for a node-level problem
 * @param message what is wrong, readable by a producer
 * @param severity violation, warning or info
 */
public record Finding(String focusNode, String path, String message, Severity severity) {

    /** SHACL's three severities; only violations make a record invalid. */
    public enum Severity { VIOLATION, WARNING, INFO }

    /** One line: {@code <focus> dct:title: message}. */
    public String toLine() {
        String where = path.isEmpty() ? focusNode : focusNode + " " + path;
        return severity.name().toLowerCase() + ": " + where + ": " + message;
    }
}
