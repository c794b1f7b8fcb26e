package com.queuewallboard.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as one JSON document; times ISO with the offset, field names as in the CSV header. */
final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static void write(DayReport r, PrintWriter out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", r.date().toString());
        doc.put("timeZone", r.zone().getId());
        doc.put("serviceLevelTarget", r.slTarget());
        doc.put("refreshes", r.refreshes());
        doc.put("firstRefresh", r.iso(r.first()));
        doc.put("lastRefresh", r.iso(r.last()));
        List<Object> queues = new ArrayList<>();
        for (DayReport.QueueDay q : r.queues()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queueId", q.queueId());
            m.put("queueName", q.queueName());
            m.put("offered", q.offered());
            m.put("answered", q.answered());
            m.put("abandoned", q.abandoned());
            m.put("serviceLevel", ReportCsv.round4(q.serviceLevel()));
            m.put("serviceLevelMet", q.serviceLevel() == null ? null : q.serviceLevel() >= r.slTarget());
            m.put("peakWaiting", q.peakWaiting());
            m.put("peakWaitingAt", r.iso(q.peakWaitingAt()));
            m.put("longestWaitSeconds", q.longestWaitSeconds());
            m.put("longestWaitAt", r.iso(q.longestWaitAt()));
            m.put("alertMinutes", Math.round(q.alertMinutes() * 10) / 10.0);
            m.put("alarmsRaised", q.alarmsRaised());
            m.put("alarmsAcknowledged", q.alarmsAcknowledged());
            m.put("medianAckSeconds", q.medianAckSeconds());
            m.put("maxAckSeconds", q.maxAckSeconds());
            List<Object> alarms = new ArrayList<>();
            for (DayReport.Alarm a : q.alarms()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("raisedAt", r.iso(a.raised()));
                am.put("reason", a.reason());
                am.put("level", a.level());
                am.put("acknowledgedAfterSeconds", a.acknowledgedAfterSeconds());
                alarms.add(am);
            }
            m.put("alarms", alarms);
            List<Object> halves = new ArrayList<>();
            for (DayReport.HalfHour h : q.halfHours()) {
                Map<String, Object> hm = new LinkedHashMap<>();
                hm.put("start", r.iso(h.start()));
                hm.put("offered", h.offered());
                hm.put("answered", h.answered());
                hm.put("abandoned", h.abandoned());
                hm.put("serviceLevel", ReportCsv.round4(h.serviceLevel()));
                hm.put("peakWaiting", h.peakWaiting());
                halves.add(hm);
            }
            m.put("halfHours", halves);
            queues.add(m);
        }
        doc.put("queues", queues);
        try {
            out.println(MAPPER.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report not serialisable", e);
        }
        out.flush();
    }
}
