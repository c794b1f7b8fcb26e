package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.common.BackgroundTasks;
import com.queuewallboard.ui.common.SourceOpener;

import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Regions;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The settings dialog's state: one text property per field, an error text per field checked as the
 * user types, and {@link #validProperty()} for the Save button. Builds the new {@link Settings};
 * the existing secret is never put into a field, and an empty secret field keeps it.
 * The queues to show are picked in its {@link #picker()}; the board-wide levels, the per-queue
 * levels, the wall-screen fields and the connection test have their own classes
 * ({@link BoardLevels}, {@link QueueLevelOverrides}, {@link WallScreenFields}, {@link ConnectionTester}).
 */
public final class SettingsViewModel {
    static final int MAX_REFRESH_SECONDS = 3600;

    private final Settings base;
    private final Secret savedSecret;
    /** Set by Test connection: from then on the connection fields are required even if left empty. */
    private boolean connectionAsked;

    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty clientSecret = new SimpleStringProperty(this, "clientSecret", "");
    private final StringProperty refreshSeconds = new SimpleStringProperty(this, "refreshSeconds", "");
    private final StringProperty mediaTypes = new SimpleStringProperty(this, "mediaTypes", "");
    private final BoardLevels levels;

    private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError", "");
    private final ReadOnlyStringWrapper clientIdError = new ReadOnlyStringWrapper(this, "clientIdError", "");
    private final ReadOnlyStringWrapper secretError = new ReadOnlyStringWrapper(this, "secretError", "");
    private final ReadOnlyStringWrapper refreshError = new ReadOnlyStringWrapper(this, "refreshError", "");
    private final ReadOnlyStringWrapper mediaTypesError = new ReadOnlyStringWrapper(this, "mediaTypesError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    private final WallScreenFields wallScreen;
    private final QueuePicker picker;
    private final QueueLevelOverrides overrides;
    private final ConnectionTester tester;

    /** For settings whose secret, if any, is the saved one. */
    public SettingsViewModel(Settings base, SourceOpener opener, Executor executor) {
        this(base, base.clientSecret(), opener, new BackgroundTasks(executor));
    }

    /**
     * @param savedSecret the secret in the settings store; when {@code base} carries another one it
     *                    came from the environment, .env or a flag, and saving leaves it unwritten
     */
    public SettingsViewModel(Settings base, Secret savedSecret, SourceOpener opener, Executor executor) {
        this(base, savedSecret, opener, new BackgroundTasks(executor));
    }

    /** @param background where the connection test runs */
    public SettingsViewModel(Settings base, Secret savedSecret, SourceOpener opener, BackgroundTasks background) {
        this.base = base;
        this.savedSecret = savedSecret == null ? Secret.empty() : savedSecret;
        demo.set(base.demo());
        region.set(base.region() == null ? "" : base.region());
        clientId.set(base.clientId());
        refreshSeconds.set(Long.toString(base.refreshInterval().toSeconds()));
        mediaTypes.set(String.join(", ", base.mediaTypes()));
        levels = new BoardLevels(base.thresholds().defaults());
        wallScreen = new WallScreenFields(base.wall());
        picker = new QueuePicker(base.queues(), demo);
        overrides = new QueueLevelOverrides(base.thresholds().perQueue(), picker);
        tester = new ConnectionTester(opener, background, picker);

        List<Observable> fields = new ArrayList<>(List.of(demo, region, clientId, clientSecret, refreshSeconds, mediaTypes));
        fields.addAll(levels.fields());
        for (Observable o : fields) {
            o.addListener(x -> validate());
        }
        // The picker checks its own entries; Save must still wait for a typo there to be fixed.
        picker.queuesErrorProperty().addListener((obs, old, now) -> validate());
        // A result shown for other connection fields would mislead; a late one is ignored (testRun).
        for (Observable o : List.<Observable>of(demo, region, clientId, clientSecret)) {
            o.addListener(x -> tester.forget());
        }
        validate();
    }

    // ---------------------------------------------------------------- validation

    private void validate() {
        boolean hasSecret = !clientSecret.get().isEmpty() || secretSet();
        boolean anyCredential = !clientId.get().isBlank() || !clientSecret.get().isEmpty();
        boolean live = !demo.get() && (anyCredential || secretSet() || connectionAsked);

        regionError.set(checkRegion(live));
        clientIdError.set(live && clientId.get().isBlank() ? "Enter the OAuth client id (from Admin > OAuth)." : "");
        secretError.set(live && !hasSecret ? "Enter the client secret." : "");
        refreshError.set(checkRefresh());
        mediaTypesError.set(MediaTypeField.check(mediaTypes.get()));
        levels.validate();
        valid.set(regionError.get().isEmpty() && clientIdError.get().isEmpty() && secretError.get().isEmpty()
                && refreshError.get().isEmpty() && mediaTypesError.get().isEmpty() && levels.valid()
                && picker.queuesErrorProperty().get().isEmpty());
    }

    private String checkRegion(boolean live) {
        String text = region.get().strip();
        if (text.isEmpty()) {
            return live && base.baseUrl() == null ? "Choose the region of your Genesys Cloud org, e.g. eu_west_1." : "";
        }
        try {
            Regions.resolve(text);
            return "";
        } catch (ConfigException e) {
            return "Unknown region '" + text + "'. Pick one from the list, or type a domain such as mypurecloud.ie.";
        }
    }

    private String checkRefresh() {
        String text = refreshSeconds.get().strip();
        long min = Settings.MIN_REFRESH.toSeconds();
        try {
            long s = Long.parseLong(text);
            if (s < min) return "Refresh at most every " + min + " seconds (Genesys rate limits).";
            if (s > MAX_REFRESH_SECONDS) return "Refresh at least once an hour (" + MAX_REFRESH_SECONDS + " seconds).";
            return "";
        } catch (NumberFormatException e) {
            return "Enter whole seconds between " + min + " and " + MAX_REFRESH_SECONDS + ".";
        }
    }

    // ---------------------------------------------------------------- per-queue levels

    /** Sets one queue's own levels (empty fields fall back to the board-wide ones); its target stays as it was. */
    public boolean setOverride(String queueId, String waitWarn, String waitAlert, String longWarn, String longAlert) {
        return overrides.set(queueId, waitWarn, waitAlert, longWarn, longAlert);
    }

    /**
     * Sets one queue's own levels and service-level target (empty fields fall back to the
     * board-wide ones).
     */
    public boolean setOverride(String queueId, String waitWarn, String waitAlert, String longWarn, String longAlert,
                               String target) {
        return overrides.set(queueId, waitWarn, waitAlert, longWarn, longAlert, target);
    }

    public void removeOverride(String queueId) {
        overrides.remove(queueId);
    }

    /** "Sales: waiting 2 / 4, longest wait 0:30 / 1:30" for the overrides list. */
    public String describeOverride(String queueId) {
        return overrides.describe(queueId);
    }

    // ---------------------------------------------------------------- result and connection test

    /** The new settings to apply now; only call when {@link #validProperty()} is true. */
    public Settings toSettings() {
        if (!valid.get()) throw new IllegalStateException("settings are not valid");
        Thresholds defaults = levels.toThresholds();
        Map<String, Thresholds> perQueue = new LinkedHashMap<>(overrides.map());
        Settings connection = connection();
        return connection
                .withQueues(picker.queuesToKeep(connection.runsDemo()))
                .withMediaTypes(MediaTypeField.parse(mediaTypes.get()))
                .withRefreshInterval(Duration.ofSeconds(Long.parseLong(refreshSeconds.get().strip())))
                .withThresholds(new ThresholdSettings(defaults, perQueue))
                .withWall(wallScreen.toPreferences());
    }

    /**
     * The settings to write to the store: as {@link #toSettings()}, except that a secret from outside
     * the store (environment, .env) is not written to disk when the field was left empty.
     */
    public Settings toSavedSettings() {
        Settings next = toSettings();
        if (!clientSecret.get().isEmpty() || secretOrigin() != SecretOrigin.OUTSIDE) return next;
        return next.withConnection(next.region(), next.clientId(), savedSecret);
    }

    /** Region, client id, secret and demo from the fields; everything else as it was. */
    private Settings connection() {
        String r = region.get().strip();
        Secret secret = clientSecret.get().isEmpty() ? base.clientSecret() : Secret.of(clientSecret.get());
        return base.withConnection(r.isEmpty() ? null : r, clientId.get().strip(), secret).withDemo(demo.get());
    }

    private boolean connectionFieldsValid() {
        return regionError.get().isEmpty() && clientIdError.get().isEmpty() && secretError.get().isEmpty();
    }

    /**
     * Opens a source for the entered connection only (the other fields need not be valid yet),
     * loads that org's queues into the picker, unticks queue ids the org does not have, and checks
     * one refresh; reports the first problem in plain words.
     */
    public void testConnection() {
        connectionAsked = true;
        validate();
        if (!connectionFieldsValid()) {
            tester.refuse("Fill in the connection fields marked in red first.");
            return;
        }
        tester.run(connection().withMediaTypes(mediaTypesError.get().isEmpty()
                ? MediaTypeField.parse(mediaTypes.get()) : base.mediaTypes()));
    }

    /** Opened through "Enter real credentials": demo off, ready for the region, client id and secret. */
    public void enterCredentials() {
        demo.set(false);
    }

    public SecretOrigin secretOrigin() {
        return SecretOrigin.of(base.clientSecret(), savedSecret);
    }

    /** Whether the dialog starts with a secret (saved or from outside); an empty field keeps it. */
    public boolean secretSet() {
        return secretOrigin() != SecretOrigin.NONE;
    }

    /** Whether the secret the dialog starts with is the saved one. */
    public boolean secretSaved() {
        return secretOrigin() == SecretOrigin.SAVED;
    }

    /** The secret field's placeholder; never the secret. */
    public String secretPrompt() {
        return secretOrigin().prompt;
    }

    /** The line under the secret field, saying truthfully where the current secret lives. */
    public String secretHint() {
        return secretOrigin().hint;
    }

    /** "Connected through https://…" when a base URL overrides the region (the combo cannot show it). */
    public String baseUrlNote() {
        return base.baseUrl() == null || base.runsDemo() ? "" : "Connected through " + base.baseUrl();
    }

    public BooleanProperty demoProperty() { return demo; }
    public StringProperty regionProperty() { return region; }
    public StringProperty clientIdProperty() { return clientId; }
    public StringProperty clientSecretProperty() { return clientSecret; }
    public StringProperty refreshSecondsProperty() { return refreshSeconds; }
    public StringProperty mediaTypesProperty() { return mediaTypes; }
    public StringProperty waitingWarningProperty() { return levels.waitingWarningProperty(); }
    public StringProperty waitingAlertProperty() { return levels.waitingAlertProperty(); }
    public StringProperty longestWarningProperty() { return levels.longestWarningProperty(); }
    public StringProperty longestAlertProperty() { return levels.longestAlertProperty(); }
    public StringProperty serviceLevelTargetProperty() { return levels.serviceLevelTargetProperty(); }
    public StringProperty serviceLevelMarginProperty() { return levels.serviceLevelMarginProperty(); }
    public ReadOnlyStringProperty targetErrorProperty() { return levels.targetErrorProperty(); }
    public ReadOnlyStringProperty marginErrorProperty() { return levels.marginErrorProperty(); }
    public ReadOnlyStringProperty regionErrorProperty() { return regionError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clientIdErrorProperty() { return clientIdError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty secretErrorProperty() { return secretError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty refreshErrorProperty() { return refreshError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty mediaTypesErrorProperty() { return mediaTypesError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty waitingErrorProperty() { return levels.waitingErrorProperty(); }
    public ReadOnlyStringProperty longestErrorProperty() { return levels.longestErrorProperty(); }
    public ReadOnlyStringProperty overrideErrorProperty() { return overrides.errorProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return tester.testResultProperty(); }
    public ReadOnlyBooleanProperty testOkProperty() { return tester.testOkProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tester.busyProperty(); }
    public BooleanProperty worstFirstProperty() { return wallScreen.worstFirstProperty(); }
    /** True: alarms at WARNING; false: at ALERT only. */
    public BooleanProperty alarmAtWarningProperty() { return wallScreen.alarmAtWarningProperty(); }
    /** Alarm volume 0..1. */
    public javafx.beans.property.DoubleProperty volumeProperty() { return wallScreen.volumeProperty(); }
    public BooleanProperty mutedProperty() { return wallScreen.mutedProperty(); }
    public StringProperty tickerTextProperty() { return wallScreen.tickerTextProperty(); }
    public StringProperty tickerFileProperty() { return wallScreen.tickerFileProperty(); }
    /** The queue picker: listed queues, search and the ticked entries. */
    public QueuePicker picker() { return picker; }
    public ObservableMap<String, Thresholds> overrides() { return overrides.map(); }
    public boolean isValid() { return valid.get(); }
}
