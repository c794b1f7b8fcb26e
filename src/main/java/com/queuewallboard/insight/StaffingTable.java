package com.queuewallboard.insight;

import com.queuewallboard.board.ServiceLevelTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The what-if answer: the fewest agents meeting the target, and predictions for the counts around
 * it, so a supervisor sees what one agent more or less would do.
 *
 * @param workload     the calls, period and AHT asked about
 * @param target       the service-level goal
 * @param agentsNeeded the smallest count meeting the target (0 with no calls)
 * @param rows         predictions, fewest agents first; never below the smallest stable count
 */
public record StaffingTable(Workload workload, ServiceLevelTarget target, int agentsNeeded,
                            List<StaffingPrediction> rows) {

    /** Rows shown either side of the answer by default. */
    public static final int DEFAULT_SPREAD = 3;

    public StaffingTable {
        rows = List.copyOf(rows);
    }

    /** The answer and rows from {@code answer - spread} (but never an unstable count) to {@code answer + spread}. */
    public static StaffingTable around(Workload work, ServiceLevelTarget target, int spread) {
        if (spread < 0) throw new IllegalArgumentException("The spread must be 0 or more.");
        int needed = ErlangC.agentsNeeded(work, target);
        int first = Math.max(ErlangC.minimumStableAgents(work), needed - spread);
        List<StaffingPrediction> rows = new ArrayList<>();
        for (int n = first; n <= needed + spread; n++) rows.add(ErlangC.predict(n, work, target));
        return new StaffingTable(work, target, needed, rows);
    }

    public static StaffingTable around(Workload work, ServiceLevelTarget target) {
        return around(work, target, DEFAULT_SPREAD);
    }

    /** The row of the answer. */
    public StaffingPrediction recommended() {
        return rows.stream().filter(r -> r.agents() == agentsNeeded).findFirst().orElseThrow();
    }
}
