package com.queuewallboard.ui.settings;

import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.QueueSelection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings dialog's queue picker: the listed queues, a search that narrows them, and the
 * ticked entries in the order they were ticked (the board's order). Entries are queue ids, or
 * names and patterns typed into the settings file, which stay listed until a queue matches them.
 * No ticked queue is valid: the board then shows every queue of the org.
 */
public final class QueuePicker {
    private final ObservableBooleanValue demo;
    /** True while the list is the simulator's queues (the board or a test ran in demo). */
    private boolean listFromDemo;
    /** Every simulator id ever listed, so a real org is never asked for one. */
    private final Set<String> demoQueueIds = new HashSet<>();

    private final ObservableList<QueueInfo> queues = FXCollections.observableArrayList();
    private final FilteredList<QueueInfo> shownQueues = new FilteredList<>(queues, q -> true);
    /** The one truth for what is ticked; the list's check boxes are views of it ({@link #tickProperty}). */
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final Map<QueueInfo, BooleanProperty> ticks = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper queuesError = new ReadOnlyStringWrapper(this, "queuesError", "");
    private final ReadOnlyStringWrapper queuesNote = new ReadOnlyStringWrapper(this, "queuesNote", "");

    /**
     * @param entries the configured queues, listed as they are until the org's queues are loaded
     * @param demo    the dialog's demo switch: demo queues listed for a real org need a note
     */
    QueuePicker(List<String> entries, ObservableBooleanValue demo) {
        this.demo = demo;
        chosen.setAll(entries);
        for (String entry : entries) queues.add(new QueueInfo(entry, entry));

        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shownQueues.setPredicate(q -> needle.isEmpty() || q.name().toLowerCase(Locale.ROOT).contains(needle)
                    || q.id().toLowerCase(Locale.ROOT).contains(needle));
        });
        chosen.addListener((ListChangeListener<String>) change -> {
            queuesError.set(checkQueues());
            ticks.forEach((q, tick) -> tick.set(isChosen(q)));   // setting an equal value writes nothing back
        });
        demo.addListener((obs, was, now) -> updateNote());
        queuesError.set(checkQueues());
        updateNote();
    }

    /** Only typos are errors: no ticked queue means every queue of the org. */
    private String checkQueues() {
        try {
            QueueSelection.parse(chosen);
            return "";
        } catch (ConfigException e) {
            return e.problem().message();
        }
    }

    private void updateNote() {
        queuesNote.set(!demo.get() && listFromDemo
                ? "These are the demo queues. Press Test connection to load your org's queues; ticked demo queues are not kept."
                : "");
    }

    public boolean isChosen(QueueInfo q) {
        return chosen.contains(q.id()) || chosen.contains(q.name());
    }

    /** Ticks or unticks a queue; the board shows ticked queues in the order they were ticked. */
    public void setChosen(QueueInfo q, boolean on) {
        if (on && !isChosen(q)) chosen.add(q.id());
        if (!on) chosen.removeAll(q.id(), q.name());
    }

    /**
     * The check box state of one listed queue: reads {@link #chosen()} and writes to it, so the
     * list and the chosen entries cannot disagree.
     */
    public BooleanProperty tickProperty(QueueInfo q) {
        return ticks.computeIfAbsent(q, key -> new SimpleBooleanProperty(this, "tick", isChosen(key)) {
            @Override
            protected void invalidated() {
                setChosen(key, get());
            }
        });
    }

    /** Replaces the list with the org's queues; entries typed earlier that match none stay listed. */
    public void setAvailableQueues(List<QueueInfo> listed) {
        setAvailableQueues(listed, false);
    }

    /** @param fromDemo the list is the simulator's (its ids are not kept for a real org) */
    public void setAvailableQueues(List<QueueInfo> listed, boolean fromDemo) {
        listFromDemo = fromDemo;
        if (fromDemo) listed.forEach(q -> demoQueueIds.add(q.id().toLowerCase(Locale.ROOT)));
        List<QueueInfo> all = new ArrayList<>(listed);
        for (String entry : chosen) {
            boolean known = listed.stream().anyMatch(q -> q.id().equalsIgnoreCase(entry) || q.name().equals(entry));
            if (!known) all.add(new QueueInfo(entry, entry));
        }
        ticks.keySet().retainAll(all);
        queues.setAll(all);
        updateNote();
    }

    /**
     * Lists the queues a connection test found. For a real org, ticked ids that org does not have
     * are unticked first, so they are neither kept nor listed.
     *
     * @return how many ticked entries were unticked, for the test's summary
     */
    int loadTestedQueues(List<QueueInfo> listed, boolean fromDemo) {
        int dropped = 0;
        if (!fromDemo) {
            List<String> kept = SettingsConnectionTest.existing(chosen, listed);
            dropped = chosen.size() - kept.size();
            chosen.setAll(kept);
        }
        setAvailableQueues(listed, fromDemo);
        return dropped;
    }

    /** Ticked entries to save; for a real org, the simulator's queue ids are left out. */
    List<String> queuesToKeep(boolean forDemo) {
        if (!listFromDemo || forDemo) return List.copyOf(chosen);
        return chosen.stream().filter(e -> !demoQueueIds.contains(e.strip().toLowerCase(Locale.ROOT))).toList();
    }

    /** The listed name of a queue id, or the id itself when it is not listed. */
    String nameOf(String queueId) {
        return queues.stream().filter(q -> q.id().equals(queueId)).map(QueueInfo::name).findFirst().orElse(queueId);
    }

    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty queuesErrorProperty() { return queuesError.getReadOnlyProperty(); }
    /** Says when the list still shows demo queues for a real connection; empty otherwise. */
    public ReadOnlyStringProperty queuesNoteProperty() { return queuesNote.getReadOnlyProperty(); }
    public ObservableList<QueueInfo> queues() { return queues; }
    public FilteredList<QueueInfo> shownQueues() { return shownQueues; }
    public ObservableList<String> chosen() { return chosen; }
}
