package com.queuewallboard.board;

/**
 * A service-level goal: {@code percentage} % of calls answered within {@code seconds} seconds,
 * written the way contact centres say it, "80/20".
 */
public record ServiceLevelTarget(int percentage, int seconds) {

    /** The industry's usual goal: 80 % answered within 20 seconds. */
    public static final ServiceLevelTarget DEFAULT = new ServiceLevelTarget(80, 20);

    public ServiceLevelTarget {
        // 100 % is never reached by the Erlang C model (some caller always has to wait), so it
        // would make the staffing search endless; 0 % is no goal at all.
        if (percentage < 1 || percentage > 99) {
            throw new IllegalArgumentException("Service-level percentage must be 1-99, not " + percentage + ".");
        }
        if (seconds < 0 || seconds > 86_400) {
            throw new IllegalArgumentException("Service-level seconds must be 0-86400, not " + seconds + ".");
        }
    }

    /** Reads "80/20" (spaces and a % sign after the percentage are allowed: "80% / 20"). */
    public static ServiceLevelTarget parse(String text) {
        String usage = "Write the service-level target as percent/seconds, e.g. 80/20";
        if (text == null || text.isBlank()) throw new IllegalArgumentException(usage + ".");
        String[] parts = text.strip().split("\\s*/\\s*", -1);
        if (parts.length != 2) throw new IllegalArgumentException(usage + ", not '" + text.strip() + "'.");
        String pct = parts[0].endsWith("%") ? parts[0].substring(0, parts[0].length() - 1).strip() : parts[0];
        String sec = parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1).strip() : parts[1];
        int p;
        int s;
        try {
            p = Integer.parseInt(pct);
            s = Integer.parseInt(sec);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage + ", not '" + text.strip() + "'.");
        }
        return new ServiceLevelTarget(p, s);
    }

    /** The percentage as a fraction 0..1, as service levels are carried in the snapshots. */
    public double fraction() {
        return percentage / 100.0;
    }

    @Override
    public String toString() {
        return percentage + "/" + seconds;
    }
}
