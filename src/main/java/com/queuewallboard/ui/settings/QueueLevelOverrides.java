package com.queuewallboard.ui.settings;

import com.queuewallboard.board.Thresholds;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The queues with their own levels, as the dialog edits them: checked when added, named by the picker. */
final class QueueLevelOverrides {
    private final QueuePicker picker;
    private final ObservableMap<String, Thresholds> overrides = FXCollections.observableMap(new LinkedHashMap<>());
    private final ReadOnlyStringWrapper overrideError = new ReadOnlyStringWrapper(this, "overrideError", "");

    QueueLevelOverrides(Map<String, Thresholds> initial, QueuePicker picker) {
        this.picker = picker;
        overrides.putAll(initial);
    }

    /** Sets one queue's own levels (empty fields fall back to the board-wide ones); its target stays as it was. */
    boolean set(String queueId, String waitWarn, String waitAlert, String longWarn, String longAlert) {
        Thresholds before = overrides.get(queueId);
        return set(queueId, waitWarn, waitAlert, longWarn, longAlert,
                before == null ? "" : ServiceLevelFields.text(before.serviceLevelTarget()));
    }

    /**
     * Sets one queue's own levels and service-level target (empty fields fall back to the
     * board-wide ones).
     */
    boolean set(String queueId, String waitWarn, String waitAlert, String longWarn, String longAlert, String target) {
        if (queueId == null || queueId.isBlank()) {
            overrideError.set("Choose the queue first.");
            return false;
        }
        String problem = LevelFields.checkPair(waitWarn, waitAlert, false, "waiting calls");
        if (problem.isEmpty()) problem = LevelFields.checkPair(longWarn, longAlert, true, "longest wait");
        if (problem.isEmpty()) problem = ServiceLevelFields.checkTarget(target);
        if (problem.isEmpty() && Arrays.asList(waitWarn, waitAlert, longWarn, longAlert, target).stream().allMatch(s -> s == null || s.isBlank())) {
            problem = "Enter at least one level for this queue.";
        }
        overrideError.set(problem);
        if (!problem.isEmpty()) return false;
        // the dialog has no per-queue margin: one set in the file stays as it was
        Thresholds before = overrides.get(queueId);
        overrides.put(queueId, new Thresholds(LevelFields.parseLevel(waitWarn, false), LevelFields.parseLevel(waitAlert, false),
                LevelFields.parseLevel(longWarn, true), LevelFields.parseLevel(longAlert, true),
                ServiceLevelFields.parseTarget(target), before == null ? null : before.serviceLevelMarginPoints()));
        return true;
    }

    void remove(String queueId) {
        overrides.remove(queueId);
    }

    /** "Sales: waiting 2 / 4, longest wait 0:30 / 1:30" for the overrides list. */
    String describe(String queueId) {
        Thresholds t = overrides.get(queueId);
        if (t == null) return queueId;
        return picker.nameOf(queueId) + ": waiting " + LevelFields.describe(t.waitingWarning(), false) + " / " + LevelFields.describe(t.waitingAlert(), false)
                + ", longest wait " + LevelFields.describe(t.longestWaitWarningSeconds(), true) + " / " + LevelFields.describe(t.longestWaitAlertSeconds(), true)
                + (t.serviceLevelTarget() == null ? "" : ", SL target " + t.serviceLevelTarget());
    }

    ObservableMap<String, Thresholds> map() { return overrides; }
    ReadOnlyStringProperty errorProperty() { return overrideError.getReadOnlyProperty(); }
}
