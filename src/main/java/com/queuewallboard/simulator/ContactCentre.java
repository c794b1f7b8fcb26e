package com.queuewallboard.simulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The whole simulated contact centre and its model clock. The model only moves when someone
 * looks: each request first advances it, in fixed steps on a grid from local midnight, up to
 * "now" (the options clock scaled by the speed). Fixed steps make the state at a given model
 * time independent of when and how often it was asked for, which is what makes runs with the
 * same seed and clock repeatable.
 */
final class ContactCentre {

    /** Live steps: one model second. */
    static final long LIVE_STEP_MS = 1_000;
    /** A gap this long is caught up mostly in coarse steps (a suspended laptop, a clock jump). */
    private static final long LONG_GAP_MS = 2 * 3_600_000L;
    private static final long LIVE_TAIL_MS = 10 * 60_000L;

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final double speed;
    private final long realStart;
    private final long modelStart;
    private final long coarseStepMs;
    private final List<QueueModel> queues;
    private final Map<String, QueueModel> byId;
    private final DayCalendar calendar;
    private final java.time.ZoneId zone;
    private final boolean shifted;
    private long modelTime;
    /** Real ms the model stood still ({@link #pause()}), and since when it stands now (-1: running). */
    private volatile long pausedMs;
    private volatile long pausedSince = -1;

    /**
     * One reading of the clocks: the model's "now" and the real clock's. Everything the API
     * serves is in wire time (the real clock's axis), so a client that computes "now minus an
     * observation date" with its own clock gets the model's wait, even when the model runs a
     * shifted day or faster than real time.
     */
    record Now(long model, long wire) {
        /** The wire timestamp of a model instant. */
        long toWire(long modelMs) {
            return modelMs - (model - wire);
        }
    }

    ContactCentre(SimulatorOptions options) {
        this.clock = options.clock();
        this.speed = options.speed();
        this.realStart = clock.millis();
        this.zone = options.timeZone();
        java.time.ZonedDateTime start = options.simTime()
                .shiftedStart(java.time.Instant.ofEpochMilli(realStart).atZone(zone));
        this.shifted = start != null;
        this.modelStart = shifted ? start.toInstant().toEpochMilli() : realStart;
        this.calendar = new DayCalendar(zone);
        List<QueueProfile> profiles = QueueCatalog.profiles(options.seed(), options.extraQueues());
        // pre-filling the day must stay fast with a thousand scale queues too
        this.coarseStepMs = profiles.size() > 100 ? 60_000 : 10_000;
        long midnight = calendar.dayStart(modelStart);
        List<QueueModel> models = new ArrayList<>(profiles.size());
        Map<String, QueueModel> index = new LinkedHashMap<>();
        Surges surges = new Surges(options.seed(), profiles);
        for (int i = 0; i < profiles.size(); i++) {
            QueueModel model = new QueueModel(options.seed(), i, profiles.get(i), calendar, surges, midnight);
            models.add(model);
            index.put(model.id, model);
        }
        this.queues = Collections.unmodifiableList(models);
        this.byId = Collections.unmodifiableMap(index);
        this.modelTime = midnight;
        runCoarse(modelStart - modelStart % coarseStepMs);
    }

    /** Model time for the clock's current reading. */
    long modelNow() {
        return modelStart + (long) (running(clock.millis()) * speed);
    }

    /** Real ms the model has run by the clock reading {@code wire}: paused stretches do not count. */
    private long running(long wire) {
        long since = pausedSince;
        return wire - realStart - pausedMs - (since >= 0 ? wire - since : 0);
    }

    /**
     * Stops the model's clock: until {@link #resume()} every read sees the same state (only the
     * wire dates of waiting calls age with the real clock), so a benchmark can compare two views
     * of it exactly. Idempotent.
     */
    void pause() {
        lock.lock();
        try {
            if (pausedSince < 0) {
                pausedSince = clock.millis();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Lets the model run on from where {@link #pause()} stopped it. Idempotent. */
    void resume() {
        lock.lock();
        try {
            long since = pausedSince;
            if (since >= 0) {
                pausedMs += clock.millis() - since;
                pausedSince = -1;
            }
        } finally {
            lock.unlock();
        }
    }

    /** True when the model runs a shifted day ({@link SimTime}), not the real local time. */
    boolean shifted() {
        return shifted;
    }

    java.time.ZoneId zone() {
        return zone;
    }

    /** Advances the model to the clock's "now", then reads it under the lock. */
    <T> T read(Function<Now, T> reader) {
        lock.lock();
        try {
            long wire = clock.millis();
            long now = Math.max(modelStart + (long) (running(wire) * speed), modelTime);
            advanceTo(now);
            return reader.apply(new Now(now, wire));
        } finally {
            lock.unlock();
        }
    }

    List<QueueModel> queues() {
        return queues;
    }

    QueueModel queue(String id) {
        return byId.get(id);
    }

    private void advanceTo(long now) {
        if (now - modelTime > LONG_GAP_MS) {
            long coarseUntil = now - LIVE_TAIL_MS;
            runCoarse(coarseUntil - Math.floorMod(coarseUntil, coarseStepMs));
        }
        while (modelTime + LIVE_STEP_MS <= now) {
            modelTime += LIVE_STEP_MS;
            stepAll(modelTime);
        }
    }

    private void runCoarse(long until) {
        while (modelTime + coarseStepMs <= until) {
            modelTime += coarseStepMs;
            stepAll(modelTime);
        }
        if (modelTime < until) {
            modelTime = until;
            stepAll(modelTime);
        }
    }

    private void stepAll(long until) {
        for (QueueModel queue : queues) {
            queue.step(until);
        }
    }
}
