package fr.hdh.catalog.web.cli;

import fr.hdh.catalog.core.Progress;
import java.io.PrintWriter;

/**
 * Progress on standard error: a bar redrawn in place on a terminal, a line every 10 % otherwise
 * (so logs of CI runs stay short).
 */
final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private String phase = "";
    private long lastPercent = -1;
    private long lastDraw;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(String newPhase, long done, long total) {
        if (!newPhase.equals(phase)) {
            if (terminal && !phase.isEmpty()) {
                err.println();
            }
            phase = newPhase;
            lastPercent = -1;
        }
        long percent = total > 0 ? done * 100 / total : -1;
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (terminal) {
            if (finished || now - lastDraw > 100_000_000L) {
                lastDraw = now;
                err.print("\r" + line(done, total, percent));
                err.flush();
            }
        } else if (percent >= 0 && (percent / 10 != lastPercent / 10 || finished) && percent != lastPercent) {
            lastPercent = percent;
            err.println(line(done, total, percent));
            err.flush();
        }
    }

    private String line(long done, long total, long percent) {
        if (total <= 0) {
            return String.format("%-12s %,d", phase, done);
        }
        int filled = (int) (WIDTH * Math.min(100, percent) / 100);
        return String.format("%-12s [%s%s] %3d%% %,d/%,d", phase, "#".repeat(filled), " ".repeat(WIDTH - filled),
                percent, done, total);
    }
}
