package com.queuewallboard.ui.settings;

import com.queuewallboard.board.Thresholds;
import com.queuewallboard.ui.common.Formats;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The dialog's board-wide alert levels: one text per field, an error per pair, and the {@link Thresholds} they make. */
final class BoardLevels {
    private final StringProperty waitingWarning = new SimpleStringProperty(this, "waitingWarning", "");
    private final StringProperty waitingAlert = new SimpleStringProperty(this, "waitingAlert", "");
    private final StringProperty longestWarning = new SimpleStringProperty(this, "longestWarning", "");
    private final StringProperty longestAlert = new SimpleStringProperty(this, "longestAlert", "");
    /** "80/20"; empty = each queue's own target from Genesys, else 80/20. */
    private final StringProperty serviceLevelTarget = new SimpleStringProperty(this, "serviceLevelTarget", "");
    /** Points below target that are still only a warning, 0-99; empty = the default 5. */
    private final StringProperty serviceLevelMargin = new SimpleStringProperty(this, "serviceLevelMargin", "");

    private final ReadOnlyStringWrapper waitingError = new ReadOnlyStringWrapper(this, "waitingError", "");
    private final ReadOnlyStringWrapper longestError = new ReadOnlyStringWrapper(this, "longestError", "");
    private final ReadOnlyStringWrapper targetError = new ReadOnlyStringWrapper(this, "targetError", "");
    private final ReadOnlyStringWrapper marginError = new ReadOnlyStringWrapper(this, "marginError", "");

    BoardLevels(Thresholds t) {
        waitingWarning.set(LevelFields.text(t.waitingWarning()));
        waitingAlert.set(LevelFields.text(t.waitingAlert()));
        longestWarning.set(t.longestWaitWarningSeconds() == null ? "" : Formats.waitTime(t.longestWaitWarningSeconds()));
        longestAlert.set(t.longestWaitAlertSeconds() == null ? "" : Formats.waitTime(t.longestWaitAlertSeconds()));
        serviceLevelTarget.set(ServiceLevelFields.text(t.serviceLevelTarget()));
        serviceLevelMargin.set(t.serviceLevelMarginPoints() == null ? "" : t.serviceLevelMarginPoints().toString());
    }

    /** The text fields, in form order. */
    List<Observable> fields() {
        return List.of(waitingWarning, waitingAlert, longestWarning, longestAlert, serviceLevelTarget, serviceLevelMargin);
    }

    void validate() {
        waitingError.set(LevelFields.checkPair(waitingWarning.get(), waitingAlert.get(), false, "waiting calls"));
        longestError.set(LevelFields.checkPair(longestWarning.get(), longestAlert.get(), true, "longest wait"));
        targetError.set(ServiceLevelFields.checkTarget(serviceLevelTarget.get()));
        marginError.set(ServiceLevelFields.checkMargin(serviceLevelMargin.get()));
    }

    /** Whether the last {@link #validate()} found no error. */
    boolean valid() {
        return waitingError.get().isEmpty() && longestError.get().isEmpty() && targetError.get().isEmpty() && marginError.get().isEmpty();
    }

    /** The board-wide levels; only call when {@link #valid()}. */
    Thresholds toThresholds() {
        return new Thresholds(LevelFields.parseLevel(waitingWarning.get(), false), LevelFields.parseLevel(waitingAlert.get(), false),
                LevelFields.parseLevel(longestWarning.get(), true), LevelFields.parseLevel(longestAlert.get(), true),
                ServiceLevelFields.parseTarget(serviceLevelTarget.get()), ServiceLevelFields.parseMargin(serviceLevelMargin.get()));
    }

    StringProperty waitingWarningProperty() { return waitingWarning; }
    StringProperty waitingAlertProperty() { return waitingAlert; }
    StringProperty longestWarningProperty() { return longestWarning; }
    StringProperty longestAlertProperty() { return longestAlert; }
    StringProperty serviceLevelTargetProperty() { return serviceLevelTarget; }
    StringProperty serviceLevelMarginProperty() { return serviceLevelMargin; }
    ReadOnlyStringProperty waitingErrorProperty() { return waitingError.getReadOnlyProperty(); }
    ReadOnlyStringProperty longestErrorProperty() { return longestError.getReadOnlyProperty(); }
    ReadOnlyStringProperty targetErrorProperty() { return targetError.getReadOnlyProperty(); }
    ReadOnlyStringProperty marginErrorProperty() { return marginError.getReadOnlyProperty(); }
}
