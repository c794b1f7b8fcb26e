package com.queuewallboard.hub;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The hub's numbered snapshot events: each published snapshot document gets the next id. The
 * last few are kept so a screen that reconnects with {@code Last-Event-ID} gets exactly the ones it
 * missed, in order; one that fell further behind gets the latest document, which is complete.
 */
public final class HubEvents {
    /** One event: its id and the snapshot document (JSON). */
    public record Event(long id, String json) {
    }

    private final int keep;
    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private long nextId;

    /**
     * @param firstId the first event's id; the hub starts from its start time in milliseconds, so a
     *                restarted hub never reuses an id a screen still holds from the previous run
     */
    public HubEvents(int keep, long firstId) {
        this.keep = keep;
        this.nextId = firstId;
    }

    /** Publishes a document unless it equals the latest (no change, no event). */
    public synchronized Event publish(String json) {
        Event last = recent.peekLast();
        if (last != null && last.json().equals(json)) return null;
        Event event = new Event(nextId++, json);
        recent.addLast(event);
        while (recent.size() > keep) recent.removeFirst();
        // under the lock, so a screen subscribing now gets each event once: listeners only enqueue
        for (Consumer<Event> l : listeners) l.accept(event);
        return event;
    }

    public synchronized Event latest() {
        return recent.peekLast();
    }

    /**
     * What a (re)connecting screen is sent first: nothing when it is up to date, the missed events
     * when they are still kept, else the latest document alone. Called with the listener added, under
     * the same lock as publish, so no event falls between the catch-up and the live ones.
     */
    public synchronized List<Event> subscribe(Long lastEventId, Consumer<Event> listener) {
        listeners.add(listener);
        Event latest = recent.peekLast();
        if (latest == null) return List.of();
        if (lastEventId == null) return List.of(latest);
        if (lastEventId >= latest.id()) return lastEventId == latest.id() ? List.of() : List.of(latest);
        List<Event> missed = new ArrayList<>();
        Event oldest = recent.peekFirst();
        if (oldest != null && lastEventId >= oldest.id() - 1) {
            for (Event e : recent) if (e.id() > lastEventId) missed.add(e);
            return missed;
        }
        return List.of(latest);
    }

    public void unsubscribe(Consumer<Event> listener) {
        listeners.remove(listener);
    }
}
