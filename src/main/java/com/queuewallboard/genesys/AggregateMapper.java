package com.queuewallboard.genesys;

import com.queuewallboard.board.RecentTotals;
import com.queuewallboard.board.TodayTotals;
import com.queuewallboard.genesys.AggregateJson.IntervalData;
import com.queuewallboard.genesys.AggregateJson.Metric;
import com.queuewallboard.genesys.AggregateJson.Result;
import com.queuewallboard.genesys.ObservationJson.Stats;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a conversation aggregates response into today's totals per queue (genesys-api.md §4).
 * A queue with no group had no calls today: zeros, not "unknown".
 */
final class AggregateMapper {
    private final Set<String> mediaTypes;

    AggregateMapper(List<String> mediaTypes) {
        this.mediaTypes = Set.copyOf(mediaTypes.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    Map<String, TodayTotals> map(AggregateJson.Response response, Collection<String> queueIds) {
        Map<String, Sums> sums = new HashMap<>();
        if (response != null && response.results() != null) {
            for (Result result : response.results()) {
                if (result == null || result.group() == null || result.data() == null) continue;
                String queueId = result.groupText("queueId");
                String media = result.groupText("mediaType");
                if (queueId == null) continue;
                if (media != null && !mediaTypes.contains(media.toLowerCase(Locale.ROOT))) continue;
                Sums s = sums.computeIfAbsent(queueId, id -> new Sums());
                for (IntervalData interval : result.data()) {
                    if (interval != null && interval.metrics() != null) interval.metrics().forEach(s::add);
                }
            }
        }
        Map<String, TodayTotals> out = new HashMap<>();
        for (String id : queueIds) {
            Sums s = sums.get(id);
            out.put(id, s == null ? TodayTotals.NONE : s.totals());
        }
        return out;
    }

    /** The same sums as totals of a recent window. */
    Map<String, RecentTotals> mapRecent(AggregateJson.Response response, Collection<String> queueIds, Duration window) {
        Map<String, RecentTotals> out = new HashMap<>();
        map(response, queueIds).forEach((id, t) -> out.put(id, new RecentTotals(window, t.offered(), t.answered(),
                t.abandoned(), t.serviceLevel(), t.averageHandleSeconds())));
        return out;
    }

    private static final class Sums {
        long offered, answered, abandoned, handled;
        double answerMs, handleMs;
        double slNumerator, slDenominator;
        Double slRatio;
        int slGroups;

        void add(Metric m) {
            if (m == null || m.metric() == null || m.stats() == null) return;
            Stats st = m.stats();
            switch (m.metric()) {
                case "nOffered" -> offered += count(st);
                case "tAnswered" -> {
                    answered += count(st);
                    answerMs += st.sum() == null ? 0 : st.sum();
                }
                case "tAbandon" -> abandoned += count(st);
                case "tHandle" -> {
                    handled += count(st);
                    handleMs += st.sum() == null ? 0 : st.sum();
                }
                case "oServiceLevel" -> {
                    slGroups++;
                    if (st.ratio() != null) slRatio = st.ratio();   // the latest interval's, if nothing pools
                    if (st.numerator() != null) slNumerator += st.numerator();
                    if (st.denominator() != null) slDenominator += st.denominator();
                }
                default -> { /* tWait, nOverSla and unknown metrics: not shown */ }
            }
        }

        TodayTotals totals() {
            // One group and interval: the ratio exactly as Genesys gives it. Several (media types,
            // intervals): their pooled fraction; without numerators, the latest ratio given.
            Double sl = slGroups == 1 && slRatio != null ? slRatio
                    : slDenominator > 0 ? Double.valueOf(slNumerator / slDenominator) : slRatio;
            if (sl != null && (sl.isNaN() || sl < 0)) sl = null;
            Double asa = answered > 0 ? answerMs / answered / 1000.0 : null;
            Double aht = handled > 0 ? handleMs / handled / 1000.0 : null;
            return new TodayTotals(offered, answered, abandoned, sl, asa, aht);
        }

        private static long count(Stats st) {
            return st.count() == null ? 0 : Math.round(st.count());
        }
    }
}
