package fr.hdh.catalog.web.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code hdh} in-process as a user would, capturing what it prints. */
final class CliRuns {
    record Run(int exit, String out, String err) {}

    private CliRuns() {}

    /** Standard output is captured before the command line exists, since picocli binds it then. */
    static Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        int exit;
        try {
            CommandLine cli = HdhCommand.commandLine();
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(err, true));
            exit = cli.execute(args);
        } finally {
            System.setOut(stdout);
        }
        return new Run(exit, captured.toString(StandardCharsets.UTF_8), err.toString());
    }
}
