package com.queuewallboard.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The staffing table as one JSON document for scripts. Fractions stay fractions (0..1) as in the
 * board's JSON; an ASA that would be infinite is null with {@code "stable": false}.
 */
public final class StaffingTableJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StaffingTableJson() {
    }

    public static ObjectNode toJson(StaffingTable table) {
        Workload w = table.workload();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("calls", w.calls());
        root.put("periodSeconds", w.period().toMillis() / 1000.0);
        root.put("averageHandleSeconds", w.averageHandleSeconds());
        root.put("erlangs", round(w.erlangs(), 4));
        ObjectNode target = root.putObject("target");
        target.put("percentage", table.target().percentage());
        target.put("seconds", table.target().seconds());
        root.put("agentsNeeded", table.agentsNeeded());
        ArrayNode rows = root.putArray("rows");
        for (StaffingPrediction p : table.rows()) {
            ObjectNode row = rows.addObject();
            row.put("agents", p.agents());
            row.put("serviceLevel", round(p.serviceLevel(), 4));
            if (p.stable()) row.put("asaSeconds", round(p.asaSeconds(), 2));
            else row.putNull("asaSeconds");
            row.put("occupancy", round(p.occupancy(), 4));
            row.put("probabilityOfWaiting", round(p.probabilityOfWaiting(), 4));
            row.put("stable", p.stable());
            row.put("meetsTarget", p.meets(table.target()));
            row.put("recommended", p.agents() == table.agentsNeeded());
        }
        return root;
    }

    public static String render(StaffingTable table) {
        return toJson(table).toString();
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
