package com.queuewallboard.simulator;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to start a {@link GenesysSimulator}. Immutable; build with {@link #builder()}.
 * Everything that makes the model differ between runs (seed, clock, zone) lives here, so a test
 * that fixes them gets the same contact centre, byte for byte.
 */
public final class SimulatorOptions {

    private final long seed;
    private final double speed;
    private final int port;
    private final int extraQueues;
    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final ZoneId timeZone;
    private final SimTime simTime;

    private SimulatorOptions(Builder b) {
        this.seed = b.seed;
        this.speed = b.speed;
        this.port = b.port;
        this.extraQueues = b.extraQueues;
        this.clock = b.clock;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.timeZone = b.timeZone;
        this.simTime = b.simTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: seed 42, real time, any free port. */
    public static SimulatorOptions defaults() {
        return builder().build();
    }

    public long seed() { return seed; }

    /** Model seconds per real (clock) second. */
    public double speed() { return speed; }

    public int port() { return port; }

    public int extraQueues() { return extraQueues; }

    public Clock clock() { return clock; }

    public String clientId() { return clientId; }

    public String clientSecret() { return clientSecret; }

    public ZoneId timeZone() { return timeZone; }

    /** Real local time (the default), or a shifted day (see {@link SimTime}). */
    public SimTime simTime() { return simTime; }

    /** Mutable builder; {@link #build()} checks the values. */
    public static final class Builder {
        private long seed = 42;
        private double speed = 1.0;
        private int port = 0;
        private int extraQueues = 0;
        private Clock clock = Clock.systemUTC();
        private String clientId = "demo-client";
        private String clientSecret = "demo-secret";
        private ZoneId timeZone = ZoneId.systemDefault();
        private SimTime simTime = SimTime.REAL;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder extraQueues(int extraQueues) {
            this.extraQueues = extraQueues;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
            return this;
        }

        public Builder simTime(SimTime simTime) {
            this.simTime = Objects.requireNonNull(simTime, "simTime");
            return this;
        }

        public SimulatorOptions build() {
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("speed must be a positive number, got " + speed);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            if (extraQueues < 0 || extraQueues > 100_000) {
                throw new IllegalArgumentException("extraQueues must be 0..100000, got " + extraQueues);
            }
            return new SimulatorOptions(this);
        }
    }
}
