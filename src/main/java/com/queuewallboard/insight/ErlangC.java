package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;

/**
 * The Erlang C queueing model (calls arrive at random, wait patiently, agents are alike).
 *
 * <p>Erlang B comes from the recursion B(0) = 1, B(n) = A&middot;B(n-1) / (n + A&middot;B(n-1)),
 * and C from B: C = N&middot;B / (N - A&middot;(1 - B)). No factorials and no powers, so 2,000
 * agents at 1,900 Erlangs stay finite and exact to double precision; every B lies in (0, 1].
 */
public final class ErlangC {

    /** Far beyond any contact centre; keeps the O(agents) search bounded. */
    static final double MAX_ERLANGS = 1_000_000;

    private ErlangC() {
    }

    /** Erlang B: the blocking probability with {@code agents} servers and {@code erlangs} traffic. */
    public static double erlangB(int agents, double erlangs) {
        checkArguments(agents, erlangs);
        double b = 1.0;
        for (int n = 1; n <= agents; n++) b = next(b, n, erlangs);
        return b;
    }

    /** Erlang C: the chance an arriving call must wait; 1 when agents &le; traffic (it always waits). */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        checkArguments(agents, erlangs);
        if (erlangs == 0) return 0;
        if (agents <= erlangs) return 1;
        return fromB(erlangB(agents, erlangs), agents, erlangs);
    }

    /** Everything predicted for {@code agents} agents under the workload and target. */
    public static StaffingPrediction predict(int agents, Workload work, ServiceLevelTarget target) {
        double a = work.erlangs();
        checkArguments(agents, a);
        if (a == 0) return new StaffingPrediction(agents, 1, 0, 0, 0, true);
        if (agents <= a) return unstable(agents);
        return fromC(agents, a, probabilityOfWaiting(agents, a), work.averageHandleSeconds(), target);
    }

    /**
     * The smallest number of agents whose predicted service level reaches the target; 0 when no
     * calls arrive. Walks the B recursion once upward, so the cost is O(answer).
     */
    public static int agentsNeeded(Workload work, ServiceLevelTarget target) {
        double a = work.erlangs();
        if (a == 0) return 0;
        if (a > MAX_ERLANGS) {
            throw new IllegalArgumentException("The workload is too large to staff (over 1,000,000 Erlangs).");
        }
        double b = 1.0;
        for (int n = 1; ; n++) {
            b = next(b, n, a);
            if (n > a && fromC(n, a, fromB(b, n, a), work.averageHandleSeconds(), target).meets(target)) return n;
        }
    }

    /** The fewest agents that can keep up at all: the first whole number above the traffic. */
    public static int minimumStableAgents(Workload work) {
        double a = work.erlangs();
        return a == 0 ? 0 : (int) Math.floor(a) + 1;
    }

    private static StaffingPrediction fromC(int n, double a, double c, double aht, ServiceLevelTarget target) {
        double spare = n - a;
        double serviceLevel = 1 - c * Math.exp(-spare * target.seconds() / aht);
        double asa = c * aht / spare;
        return new StaffingPrediction(n, clamp(serviceLevel), asa, a / n, c, true);
    }

    private static StaffingPrediction unstable(int agents) {
        return new StaffingPrediction(agents, 0, Double.POSITIVE_INFINITY, 1, 1, false);
    }

    private static double next(double b, int n, double a) {
        double ab = a * b;
        return ab / (n + ab);
    }

    private static double fromB(double b, int n, double a) {
        return n * b / (n - a * (1 - b));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static void checkArguments(int agents, double erlangs) {
        if (agents < 0) throw new IllegalArgumentException("Agents must be 0 or more, not " + agents + ".");
        if (!(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("Traffic must be a finite number of Erlangs, not " + erlangs + ".");
        }
    }
}
