package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErlangCTest {
    private static final ServiceLevelTarget T80_20 = ServiceLevelTarget.DEFAULT;
    /** The textbook example: 100 calls in 30 minutes, 3-minute AHT = 10 Erlangs. */
    private static final Workload CLASSIC = new Workload(100, Duration.ofMinutes(30), 180);

    @Test
    void classicExampleNeeds14AgentsFor80In20() {
        assertEquals(10.0, CLASSIC.erlangs(), 1e-12);
        assertEquals(14, ErlangC.agentsNeeded(CLASSIC, T80_20));

        // 13 agents just miss (79.6 %), 14 reach 88.8 % with an ASA of 7.8 s (published figures)
        StaffingPrediction p13 = ErlangC.predict(13, CLASSIC, T80_20);
        StaffingPrediction p14 = ErlangC.predict(14, CLASSIC, T80_20);
        assertEquals(0.7956, p13.serviceLevel(), 5e-5);
        assertFalse(p13.meets(T80_20));
        assertEquals(0.8884, p14.serviceLevel(), 5e-5);
        assertTrue(p14.meets(T80_20));
        assertEquals(7.84, p14.asaSeconds(), 0.005);
        assertEquals(17.12, p13.asaSeconds(), 0.005);
        assertEquals(10.0 / 14, p14.occupancy(), 1e-12);
    }

    @Test
    void serviceLevelAndAsaAgreeWithTheFactorialFormula() {
        for (int n = 11; n <= 20; n++) {
            StaffingPrediction p = ErlangC.predict(n, CLASSIC, T80_20);
            double c = exactErlangC(n, 10);
            assertEquals(c, p.probabilityOfWaiting(), 1e-12, "C at N=" + n);
            assertEquals(1 - c * Math.exp(-(n - 10) * 20 / 180.0), p.serviceLevel(), 1e-12, "SL at N=" + n);
            assertEquals(c * 180 / (n - 10), p.asaSeconds(), 1e-9, "ASA at N=" + n);
        }
    }

    /** Standard Erlang C table, A = 10 Erlangs. */
    @ParameterizedTest
    @CsvSource({"11, 0.6821", "12, 0.4494", "13, 0.2853", "14, 0.1741", "15, 0.1020"})
    void probabilityOfWaitingMatchesPublishedTable(int agents, double published) {
        assertEquals(published, ErlangC.probabilityOfWaiting(agents, 10), 5e-5);
    }

    /** Standard Erlang B table (blocking), A = 10 Erlangs. */
    @ParameterizedTest
    @CsvSource({"10, 0.2146", "11, 0.1632", "12, 0.1197", "15, 0.0365", "20, 0.0019"})
    void erlangBMatchesPublishedTable(int agents, double published) {
        assertEquals(published, ErlangC.erlangB(agents, 10), 5e-5);
        assertEquals(1.0, ErlangC.erlangB(0, 10));
    }

    @Test
    void largeCentresStayFiniteAndMatchTheLogSpaceFormula() {
        for (int[] nA : new int[][]{{500, 480}, {2000, 1950}, {2000, 1000}, {520, 500}}) {
            double c = ErlangC.probabilityOfWaiting(nA[0], nA[1]);
            assertTrue(c > 0 && c < 1, "C in (0,1) at N=" + nA[0]);
            assertEquals(logSpaceErlangC(nA[0], nA[1]), c, 1e-9, "N=" + nA[0] + " A=" + nA[1]);
        }
        // 2,000 agents and 1,900 Erlangs: 19,000 calls per 30 min at 180 s
        Workload huge = new Workload(19_000, Duration.ofMinutes(30), 180);
        int needed = ErlangC.agentsNeeded(huge, T80_20);
        assertTrue(needed > 1900 && needed < 1950, "needed " + needed);
        StaffingPrediction p = ErlangC.predict(needed, huge, T80_20);
        assertTrue(p.meets(T80_20));
        assertFalse(ErlangC.predict(needed - 1, huge, T80_20).meets(T80_20));
        assertTrue(Double.isFinite(p.asaSeconds()));
    }

    @Test
    void hugeTrafficNeverOverflows() {
        Workload massive = new Workload(5_000_000, Duration.ofHours(1), 300);   // ~416,667 Erlangs
        int needed = ErlangC.agentsNeeded(massive, T80_20);
        assertTrue(needed > massive.erlangs() && needed < massive.erlangs() * 1.01, "needed " + needed);
        StaffingPrediction p = ErlangC.predict(needed, massive, T80_20);
        assertTrue(Double.isFinite(p.serviceLevel()) && Double.isFinite(p.asaSeconds()));
        assertThrows(IllegalArgumentException.class,
                () -> ErlangC.agentsNeeded(new Workload(1e9, Duration.ofHours(1), 300), T80_20));
    }

    @Test
    void zeroCallsNeedNoAgents() {
        Workload none = new Workload(0, Duration.ofMinutes(30), 180);
        assertEquals(0, ErlangC.agentsNeeded(none, T80_20));
        assertEquals(0, ErlangC.minimumStableAgents(none));
        StaffingPrediction p = ErlangC.predict(0, none, T80_20);
        assertTrue(p.stable());
        assertEquals(1.0, p.serviceLevel());
        assertEquals(0.0, p.asaSeconds());
        assertEquals(0.0, ErlangC.probabilityOfWaiting(3, 0));
    }

    @Test
    void tooFewAgentsIsUnstableNotNaN() {
        for (int n : new int[]{0, 5, 10}) {   // 10 agents at exactly 10 Erlangs cannot keep up either
            StaffingPrediction p = ErlangC.predict(n, CLASSIC, T80_20);
            assertFalse(p.stable());
            assertEquals(0.0, p.serviceLevel());
            assertEquals(Double.POSITIVE_INFINITY, p.asaSeconds());
            assertEquals(1.0, p.probabilityOfWaiting());
            assertEquals(1.0, p.occupancy());
            assertFalse(p.meets(T80_20));
        }
        assertEquals(11, ErlangC.minimumStableAgents(CLASSIC));
        assertEquals(11, ErlangC.minimumStableAgents(new Workload(10.5, Duration.ofSeconds(1), 1)));
    }

    @Test
    void fractionalTrafficAndTightTargets() {
        Workload light = new Workload(1, Duration.ofHours(1), 180);   // 0.05 Erlangs
        assertEquals(1, ErlangC.agentsNeeded(light, T80_20));
        // a stricter target never needs fewer agents
        int previous = 0;
        for (int pct : new int[]{50, 70, 80, 90, 95, 99}) {
            int n = ErlangC.agentsNeeded(CLASSIC, new ServiceLevelTarget(pct, 20));
            assertTrue(n >= previous, pct + "%: " + n);
            previous = n;
        }
        // answering within 0 s means "not waiting at all": SL = 1 - C
        assertEquals(1 - ErlangC.probabilityOfWaiting(14, 10),
                ErlangC.predict(14, CLASSIC, new ServiceLevelTarget(80, 0)).serviceLevel(), 1e-12);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ErlangC.erlangB(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Workload(-1, Duration.ofMinutes(1), 10));
        assertThrows(IllegalArgumentException.class, () -> new Workload(1, Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new Workload(1, Duration.ofMinutes(1), 0));
    }

    /** Erlang C from its textbook definition with exact factorials (BigDecimal), for small N. */
    static double exactErlangC(int n, int a) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal bigA = BigDecimal.valueOf(a);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;   // A^k / k!
        for (int k = 0; k < n; k++) {
            sum = sum.add(term);
            term = term.multiply(bigA).divide(BigDecimal.valueOf(k + 1), mc);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(n - a), mc);
        return top.divide(sum.add(top), mc).doubleValue();
    }

    /** Erlang C in log space (log-sum-exp over A^k/k!), independent of the B recursion. */
    static double logSpaceErlangC(int n, double a) {
        double[] logTerms = new double[n + 1];
        double logFact = 0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) logFact += Math.log(k);
            logTerms[k] = k * Math.log(a) - logFact;
        }
        double logTop = logTerms[n] + Math.log(n / (n - a));
        double max = logTop;
        for (int k = 0; k < n; k++) max = Math.max(max, logTerms[k]);
        double sum = 0;
        for (int k = 0; k < n; k++) sum += Math.exp(logTerms[k] - max);
        double top = Math.exp(logTop - max);
        return top / (sum + top);
    }
}
