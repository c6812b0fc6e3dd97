package fr.hdh.catalog.core;

/** A workflow step that the record's state does not allow (submitting a published version, say). */
public class WorkflowStateException extends CatalogException {
    public WorkflowStateException(String message) {
        super(message);
    }
}
