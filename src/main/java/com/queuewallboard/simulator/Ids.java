package com.queuewallboard.simulator;

import java.util.SplittableRandom;
import java.util.UUID;

/** Genesys ids are random v4 UUIDs; ours are too, but drawn from a seeded generator. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(SplittableRandom random) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;             // version 4
        long lo = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(hi, lo);
    }

    /** A stable id for a named thing, independent of how many other things were made. */
    static String stable(long seed, String what) {
        return uuid(new SplittableRandom(mix(seed, what.hashCode()))).toString();
    }

    /**
     * A well-mixed generator seed from several numbers (murmur3's finaliser after each), so
     * neighbouring agents or days get unrelated streams rather than correlated ones.
     */
    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h ^= part;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
        }
        return h;
    }
}
