package fr.hdh.catalog.web.server;

import fr.hdh.catalog.core.Progress;

/**
 * Whether the server is ready to answer, and what it is doing until then (loading demo content,
 * say). {@code /health} reports it; updated by the loading thread, read by request threads.
 */
public final class Readiness implements Progress {
    /** The states a start goes through. */
    public enum State { STARTING, LOADING, READY, FAILED }

    private volatile State state = State.STARTING;
    private volatile String phase = "";
    private volatile long done;
    private volatile long total;
    private volatile String failure = "";

    public State state() {
        return state;
    }

    public String phase() {
        return phase;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    public String failure() {
        return failure;
    }

    public void loading() {
        state = State.LOADING;
    }

    public void ready() {
        state = State.READY;
    }

    public void failed(String why) {
        failure = why;
        state = State.FAILED;
    }

    @Override
    public void update(String newPhase, long newDone, long newTotal) {
        phase = newPhase;
        done = newDone;
        total = newTotal;
    }
}
