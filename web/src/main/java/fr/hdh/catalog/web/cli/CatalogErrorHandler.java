package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what the catalogue throws into one plain message on standard error and an exit code: 1 for
 * refused input (malformed, invalid), 2 for anything unexpected (with its stack trace).
 */
final class CatalogErrorHandler implements IExecutionExceptionHandler {
    static final int INPUT_REFUSED = 1;
    static final int FAILED = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof CatalogException) {
            cli.getErr().println("hdh: " + e.getMessage());
            return INPUT_REFUSED;
        }
        cli.getErr().println("hdh: failed: " + e);
        e.printStackTrace(cli.getErr());
        return FAILED;
    }
}
