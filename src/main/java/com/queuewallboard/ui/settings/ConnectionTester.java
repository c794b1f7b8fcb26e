package com.queuewallboard.ui.settings;

import com.queuewallboard.config.Settings;
import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * The dialog's "Test connection": runs {@link SettingsConnectionTest} off the FX thread, loads the
 * listed queues into the picker and shows the result; a result that comes too late is ignored.
 */
final class ConnectionTester {
    private final SourceOpener opener;
    private final BackgroundTasks background;
    private final QueuePicker picker;
    private int testRun;

    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testOk = new ReadOnlyBooleanWrapper(this, "testOk");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param background where the connection test runs */
    ConnectionTester(SourceOpener opener, BackgroundTasks background, QueuePicker picker) {
        this.opener = opener;
        this.background = background;
        this.picker = picker;
    }

    /** The connection fields changed: the result shown, or a test under way, no longer applies. */
    void forget() {
        if (busy.get()) {
            testRun++;
            busy.set(false);
        }
        testOk.set(false);
        testResult.set("");
    }

    /** The test cannot start: {@code reason} says why. */
    void refuse(String reason) {
        testOk.set(false);
        testResult.set(reason);
    }

    /** Tests {@code trial}, for the ticked queues of the picker. */
    void run(Settings trial) {
        boolean trialIsDemo = trial.runsDemo();
        List<String> wanted = List.copyOf(picker.chosen());
        int run = ++testRun;
        busy.set(true);
        testOk.set(false);
        testResult.set("Testing\u2026");
        background.run(() -> SettingsConnectionTest.run(opener, trial, wanted), outcome -> {
            if (run != testRun) return;
            busy.set(false);
            int dropped = picker.loadTestedQueues(outcome.listed(), trialIsDemo);
            testOk.set(outcome.figuresProblem() == null);
            testResult.set(SettingsConnectionTest.summary(outcome, dropped, trial));
        }, problem -> {
            if (run != testRun) return;
            busy.set(false);
            testOk.set(false);
            testResult.set(SettingsConnectionTest.explain(problem, trial));
        });
    }

    ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty testOkProperty() { return testOk.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
