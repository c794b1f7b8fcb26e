package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The figures of one group in one interval bucket, summed from event-log rows. */
final class AggregateTotals {

    /** count/sum/min/max of one timer metric, in milliseconds. */
    private static final class Timer {
        long count;
        long sum;
        long min = Long.MAX_VALUE;
        long max;

        void add(long ms) {
            count++;
            sum += ms;
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }

        void write(ArrayNode metrics, String name) {
            if (count == 0) {
                return;
            }
            ObjectNode stats = metric(metrics, name);
            stats.put("max", max);
            stats.put("min", min);
            stats.put("count", count);
            stats.put("sum", sum);
        }
    }

    private long offered;
    private long overSla;
    private long slAnsweredInTime;
    private long slDenominator;
    private double slTarget = Double.NaN;
    private final Timer answered = new Timer();
    private final Timer abandoned = new Timer();
    private final Timer waited = new Timer();
    private final Timer handled = new Timer();

    /** Adds one event of a queue whose service level is {@code target} within {@code slMs}. */
    void add(EventLog.Kind kind, int durationMs, long slMs, double target) {
        if (Double.isNaN(slTarget)) {
            slTarget = target;
        }
        switch (kind) {
            case OFFERED -> offered++;
            case ANSWERED -> {
                answered.add(durationMs);
                waited.add(durationMs);
                slDenominator++;
                if (durationMs <= slMs) {
                    slAnsweredInTime++;
                } else {
                    overSla++;
                }
            }
            case ABANDONED -> {
                abandoned.add(durationMs);
                waited.add(durationMs);
                slDenominator++; // abandons count against service level, the Genesys default
                if (durationMs > slMs) {
                    overSla++;
                }
            }
            case HANDLED -> handled.add(durationMs);
        }
    }

    /** The metrics asked for, leaving out those with nothing to report. */
    ArrayNode write(Iterable<String> names) {
        ArrayNode metrics = Json.MAPPER.createArrayNode();
        for (String name : names) {
            switch (name) {
                case "nOffered" -> countMetric(metrics, name, offered);
                case "nOverSla" -> countMetric(metrics, name, overSla);
                case "tAnswered" -> answered.write(metrics, name);
                case "tAbandon" -> abandoned.write(metrics, name);
                case "tWait" -> waited.write(metrics, name);
                case "tHandle" -> handled.write(metrics, name);
                case "oServiceLevel" -> {
                    if (slDenominator > 0) {
                        ObjectNode stats = metric(metrics, name);
                        stats.put("ratio", (double) slAnsweredInTime / slDenominator);
                        stats.put("numerator", slAnsweredInTime);
                        stats.put("denominator", slDenominator);
                        stats.put("target", slTarget);
                    }
                }
                default -> { } // accepted metric the model has no data for
            }
        }
        return metrics;
    }

    private static void countMetric(ArrayNode metrics, String name, long count) {
        if (count > 0) {
            metric(metrics, name).put("count", count);
        }
    }

    private static ObjectNode metric(ArrayNode metrics, String name) {
        ObjectNode metric = metrics.addObject();
        metric.put("metric", name);
        return metric.putObject("stats");
    }
}
