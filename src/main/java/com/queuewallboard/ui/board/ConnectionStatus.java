package com.queuewallboard.ui.board;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.config.Settings;
import com.queuewallboard.ui.common.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How the refreshes are doing, as the status bar and the loading panel say it: the
 * {@link ConnectionState}, the last error or partial problems, the age of the figures and the
 * retry countdown.
 */
final class ConnectionStatus {
    /** Failed refreshes in a row after which the status says "failing" rather than "retrying". */
    static final int FAILING_AFTER = 3;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReadOnlyObjectWrapper<ConnectionState> connection = new ReadOnlyObjectWrapper<>(this, "connection", ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper(this, "connectionText", "Connecting\u2026");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyStringWrapper problemDetails = new ReadOnlyStringWrapper(this, "problemDetails", "");
    private final ReadOnlyStringWrapper lastUpdateText = new ReadOnlyStringWrapper(this, "lastUpdateText", "No data yet");
    private final ReadOnlyBooleanWrapper hasData = new ReadOnlyBooleanWrapper(this, "hasData");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");

    private Instant lastSuccessAt;
    private boolean lastFailed;
    private Instant nextTryAt;
    private int failuresInARow;

    /** A refresh worked: its figures are from {@code at}; {@code problems} are the parts that failed. */
    void succeeded(Instant at, List<Problem> problems, boolean noQueues) {
        lastSuccessAt = at;
        lastFailed = false;
        failuresInARow = 0;
        nextTryAt = null;
        hasData.set(true);
        loadingText.set("");
        if (problems.isEmpty()) {
            connection.set(ConnectionState.CONNECTED);
            statusMessage.set(noQueues ? "No queues chosen: open Settings to pick the queues to show." : "");
            problemDetails.set("");
        } else {
            connection.set(ConnectionState.PARTIAL);
            String first = problems.get(0).oneLine();
            statusMessage.set(problems.size() == 1 ? "Part of the data is missing: " + first
                    : problems.size() + " parts of the data are missing: " + first);
            problemDetails.set(String.join("\n", problems.stream().map(Problem::oneLine).toList()));
        }
    }

    /** A whole refresh failed: say why and when the next try is ({@code nextTryAt} null: unknown). */
    void failed(Problem problem, int inARow, Instant nextTryAt) {
        lastFailed = true;
        failuresInARow = inARow;
        this.nextTryAt = nextTryAt;
        // a refused secret, a missing permission or bad settings will not fix themselves by retrying
        boolean hopeless = problem.kind() == ProblemKind.AUTHENTICATION || problem.kind() == ProblemKind.PERMISSION
                || problem.kind() == ProblemKind.CONFIG;
        connection.set(hopeless || inARow >= FAILING_AFTER ? ConnectionState.FAILING : ConnectionState.RETRYING);
        statusMessage.set(problem.oneLine());
        problemDetails.set(problem.oneLine());
        if (!hasData.get()) loadingText.set(headline(problem));
    }

    /** The age of the last figures and the retry countdown at {@code now}. */
    void showTime(Instant now, ZoneId zone) {
        if (lastSuccessAt != null) {
            String at = CLOCK.format(ZonedDateTime.ofInstant(lastSuccessAt, zone));
            lastUpdateText.set("Updated " + at + " \u00b7 " + Formats.age(Duration.between(lastSuccessAt, now)) + " ago");
        }
        ConnectionState state = connection.get();
        String text = state.label();
        if ((state == ConnectionState.RETRYING || state == ConnectionState.FAILING) && nextTryAt != null) {
            Duration left = Duration.between(now, nextTryAt);
            text = state.label() + (left.isNegative() || left.isZero() ? " now" : " \u00b7 next try in " + Formats.age(left))
                    + " (" + failuresInARow + (failuresInARow == 1 ? " failure)" : " failures in a row)");
        } else if (state == ConnectionState.CONNECTING) {
            text = "Connecting\u2026";
        }
        connectionText.set(text);
    }

    void pause() {
        connection.set(ConnectionState.PAUSED);
    }

    /** Out of a pause: the state the last refresh left. */
    void resume() {
        if (connection.get() == ConnectionState.PAUSED) connection.set(lastFailed ? ConnectionState.RETRYING : ConnectionState.CONNECTED);
    }

    /** A new source is being opened. */
    void reconnecting() {
        connection.set(ConnectionState.CONNECTING);
    }

    /** Another connection: the figures on screen are gone. */
    void clear(Settings settings) {
        hasData.set(false);
        lastSuccessAt = null;
        lastFailed = false;
        lastUpdateText.set("No data yet");
        showConnecting(settings);
    }

    /** The loading panel's text while {@code settings}' source opens. */
    void showConnecting(Settings settings) {
        loadingText.set(settings.runsDemo() ? "Starting the demo data\u2026"
                : "Connecting to Genesys Cloud" + (settings.region() == null ? "" : " (" + settings.region() + ")") + "\u2026");
    }

    /** A one-line message in the status bar (a failed replay step). */
    void showMessage(String text) {
        statusMessage.set(text);
    }

    private static String headline(Problem problem) {
        return switch (problem.kind()) {
            case AUTHENTICATION -> "Genesys Cloud refused the client id or secret.\n" + problem.oneLine();
            case PERMISSION -> "The OAuth client lacks a permission.\n" + problem.oneLine();
            case NETWORK -> "Cannot reach Genesys Cloud.\n" + problem.oneLine();
            case CONFIG -> "The settings need attention.\n" + problem.oneLine();
            default -> "Cannot load the board.\n" + problem.oneLine();
        };
    }

    boolean lastFailed() { return lastFailed; }
    boolean hasData() { return hasData.get(); }
    ConnectionState state() { return connection.get(); }
    ReadOnlyObjectProperty<ConnectionState> connectionProperty() { return connection.getReadOnlyProperty(); }
    ReadOnlyStringProperty connectionTextProperty() { return connectionText.getReadOnlyProperty(); }
    ReadOnlyStringProperty statusMessageProperty() { return statusMessage.getReadOnlyProperty(); }
    ReadOnlyStringProperty problemDetailsProperty() { return problemDetails.getReadOnlyProperty(); }
    ReadOnlyStringProperty lastUpdateTextProperty() { return lastUpdateText.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasDataProperty() { return hasData.getReadOnlyProperty(); }
    ReadOnlyStringProperty loadingTextProperty() { return loadingText.getReadOnlyProperty(); }
}
