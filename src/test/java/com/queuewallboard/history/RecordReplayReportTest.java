package com.queuewallboard.history;

import com.queuewallboard.board.AlertLevel;
import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.QueueFigures;
import com.queuewallboard.board.ThresholdRule;
import com.queuewallboard.board.ThresholdSettings;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.cli.CliApp;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.SettingsStore;
import com.queuewallboard.insight.AlarmEvent;
import com.queuewallboard.insight.TrendBuffer;
import com.queuewallboard.insight.TrendRegistry;
import com.queuewallboard.testing.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A simulated day recorded at high speed, then replayed and reported, checked against what was recorded. */
class RecordReplayReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** Tight levels, so the day has amber and red refreshes to count. */
    private static final ThresholdSettings LEVELS = new ThresholdSettings(new Thresholds(2, 4, 30, 90), Map.of());
    private static final int REFRESHES = 240;   // 08:00 to 11:59, one a minute

    @TempDir
    static Path dir;
    static Path file;
    static List<BoardSnapshot> recorded;

    @BeforeAll
    static void recordADay() throws Exception {
        file = dir.resolve("history.db");
        try (HistoryRecorder recorder = HistoryRecorder.start(HistoryConfig.of(file))) {
            recorded = SimulatedDay.record(REFRESHES, recorder, LEVELS);
            // two alarms on the first queue: one acknowledged after 90 s, one never
            String q = recorded.get(0).queues().get(0).queueId();
            Instant t = SimulatedDay.START.plus(Duration.ofMinutes(30));
            recorder.record(new AlarmEvent(t, AlarmEvent.Kind.RAISED, q, "waiting", AlertLevel.ALERT));
            recorder.record(new AlarmEvent(t.plusSeconds(90), AlarmEvent.Kind.ACKNOWLEDGED, q, "waiting", AlertLevel.ALERT));
            recorder.record(new AlarmEvent(t.plusSeconds(600), AlarmEvent.Kind.CLEARED, q, "waiting", AlertLevel.ALERT));
            recorder.record(new AlarmEvent(t.plusSeconds(3600), AlarmEvent.Kind.RAISED, q, "longest wait", AlertLevel.WARNING));
            recorder.record(new ConnectionEvent(t, "failed", "The service did not answer."));
            assertTrue(recorder.flush(Duration.ofSeconds(30)));
            assertEquals(HistoryStatus.recording(0), recorder.status());
        }
    }

    @Test
    void replayShowsExactlyWhatWasRecorded() throws Exception {
        try (ReplaySource replay = ReplaySource.open(file, DAY, null, ZoneOffset.UTC, 1, SimulatedDay.STEP);
             HistoryReader reader = HistoryReader.open(file)) {
            List<RecordedRefresh> rows = reader.refreshes(SimulatedDay.START, SimulatedDay.START.plus(Duration.ofDays(1)));
            assertEquals(REFRESHES, rows.size());
            for (int i = 0; i < REFRESHES; i++) {
                BoardSnapshot shown = replay.refresh();
                assertEquals(recorded.get(i), shown, "refresh " + i);
                assertEquals(LEVELS, replay.levels());
                // the level stored per row is what the levels in force gave for the recorded figures
                Map<String, AlertLevel> stored = reader.levels(rows.get(i));
                for (QueueFigures q : recorded.get(i).queues()) {
                    assertEquals(ThresholdRule.assess(q, replay.levels().forQueue(q.queueId())).level(), stored.get(q.queueId()));
                }
            }
            assertTrue(replay.finished());
            assertTrue(recorded.stream().flatMap(s -> s.queues().stream())
                    .anyMatch(q -> q.serviceLevelTarget() != null && q.recent() != null && q.recent().serviceLevel() != null),
                    "the day has targets and recent windows, so their round trip is really checked");
            long alerts = recorded.stream().flatMap(s -> s.queues().stream())
                    .filter(q -> ThresholdRule.assess(q, LEVELS.forQueue(q.queueId())).level() == AlertLevel.ALERT).count();
            assertTrue(alerts > 0, "the day has red refreshes, so levels are really checked");
        }
    }

    @Test
    void pauseStepAndJumpMoveTheReplayClock() throws Exception {
        try (ReplaySource replay = ReplaySource.open(file, DAY, LocalTime.of(9, 0), ZoneOffset.UTC, 10, SimulatedDay.STEP)) {
            assertEquals(Instant.parse("2026-12-01T09:00:00Z"), replay.refresh().asOf());
            assertEquals(Instant.parse("2026-12-01T09:10:00Z"), replay.refresh().asOf(), "×10: one 60 s tick = 10 min");
            replay.pause();
            assertEquals(Instant.parse("2026-12-01T09:10:00Z"), replay.refresh().asOf());
            assertEquals(Instant.parse("2026-12-01T09:11:00Z"), replay.step().asOf());
            assertEquals(Instant.parse("2026-12-01T09:10:00Z"), replay.stepBack().asOf());
            assertEquals(Instant.parse("2026-12-01T10:30:00Z"), replay.jumpTo(LocalTime.of(10, 30)).asOf());
            assertEquals(Instant.parse("2026-12-01T10:25:00Z"), replay.jump(Duration.ofMinutes(-5)).asOf());
            assertEquals(LocalTime.of(10, 25), replay.replayTime());
            assertEquals(2, replay.alarmsSoFar().stream().filter(a -> a.kind() == AlarmEvent.Kind.RAISED).count());
            replay.jumpTo(LocalTime.of(9, 0));
            assertEquals(1, replay.alarmsSoFar().stream().filter(a -> a.kind() == AlarmEvent.Kind.RAISED).count(),
                    "the 09:30 alarm is not raised yet at 09:00");
        }
    }

    @Test
    void replayThroughTheCliIsDeterministicAndMarked() throws Exception {
        String first = cli("--replay", "2026-12-01", "--from", "10:00", "--speed", "10", "--watch", "--format", "json",
                "--count", "15", "--history", file.toString(), "--time-zone", "UTC", "--interval", "10");
        String second = cli("--replay", "2026-12-01", "--from", "10:00", "--speed", "10", "--watch", "--format", "json",
                "--count", "15", "--history", file.toString(), "--time-zone", "UTC", "--interval", "10");
        assertEquals(first, second);
        String[] lines = first.split("\n");
        assertEquals(15, lines.length);
        assertTrue(lines[0].contains("\"replay\":{\"date\":\"2026-12-01\",\"at\":\"10:00:00\",\"speed\":10}"), lines[0]);
        assertTrue(lines[1].contains("\"at\":\"10:01:40\""), "×10 at a 10 s interval: 100 s per line: " + lines[1]);
        assertTrue(lines[0].startsWith("{\"asOf\":\"2026-12-01T10:00:00Z\""), lines[0]);
    }

    @Test
    void sparklinesAreRefilledWithTheLastHour() throws Exception {
        TrendRegistry trends = TrendRegistry.covering(Duration.ofMinutes(60), SimulatedDay.STEP);
        Instant now = recorded.get(REFRESHES - 1).asOf();
        try (HistoryReader reader = HistoryReader.open(file)) {
            assertTrue(reader.refillTrends(trends, now, Duration.ofMinutes(60)) > 0);
        }
        QueueFigures q = recorded.get(REFRESHES - 1).queues().get(0);
        TrendBuffer buffer = trends.get(q.queueId());
        assertNotNull(buffer);
        assertEquals(60, buffer.size());
        assertEquals(now.getEpochSecond(), buffer.latestEpochSecond());
        assertEquals(q.waitingCalls(), buffer.latestWaiting());
    }

    @Test
    void reportFiguresMatchTheRecordedRows() throws Exception {
        DayReport report;
        try (HistoryReader reader = HistoryReader.open(file)) {
            report = DayReportBuilder.build(reader, DAY, ZoneOffset.UTC, 0.8);
        }
        assertEquals(REFRESHES, report.refreshes());
        BoardSnapshot last = recorded.get(REFRESHES - 1);
        assertEquals(last.queues().size(), report.queues().size());
        Map<String, DayReport.QueueDay> byId = new HashMap<>();
        report.queues().forEach(q -> byId.put(q.queueId(), q));
        long offeredSomewhere = 0;
        for (QueueFigures q : last.queues()) {
            DayReport.QueueDay day = byId.get(q.queueId());
            assertEquals(q.today().offered(), day.offered());
            assertEquals(q.today().answered(), day.answered());
            assertEquals(q.today().abandoned(), day.abandoned());
            assertEquals(q.today().serviceLevel(), day.serviceLevel());
            offeredSomewhere += day.offered();
            // the half hours add up to the day
            assertEquals(day.offered(), day.halfHours().stream().mapToLong(DayReport.HalfHour::offered).sum());
            // peaks and minutes in ALERT from the snapshots themselves
            int peak = -1;
            Instant peakAt = null;
            long longest = -1;
            int alertRefreshes = 0;
            for (int i = 0; i < REFRESHES; i++) {
                BoardSnapshot s = recorded.get(i);
                QueueFigures f = s.queues().stream().filter(x -> x.queueId().equals(q.queueId())).findFirst().orElseThrow();
                if (f.hasLiveData() && !s.isStale(f.queueId()) && f.waitingCalls() > peak) {
                    peak = f.waitingCalls();
                    peakAt = s.asOf();
                }
                if (f.hasLiveData() && !s.isStale(f.queueId())) longest = Math.max(longest, f.longestWaitSeconds());
                if (i < REFRESHES - 1 && ThresholdRule.assess(f, LEVELS.forQueue(f.queueId())).level() == AlertLevel.ALERT) {
                    alertRefreshes++;
                }
            }
            assertEquals(peak, day.peakWaiting());
            assertEquals(peakAt, day.peakWaitingAt());
            assertEquals(longest, day.longestWaitSeconds());
            assertEquals(alertRefreshes, day.alertMinutes(), 1e-9, "one minute per red refresh");
        }
        assertTrue(offeredSomewhere > 0, "the simulated morning has calls");
        DayReport.QueueDay first = byId.get(recorded.get(0).queues().get(0).queueId());
        assertEquals(2, first.alarmsRaised());
        assertEquals(1, first.alarmsAcknowledged());
        assertEquals(90L, first.medianAckSeconds());
    }

    @Test
    void reportFormatsAreWrittenByTheCli() throws Exception {
        Path html = Path.of("target", "history-report.html").toAbsolutePath();   // kept for a look (headless Chromium)
        assertEquals("", cli("report", "--date", "2026-12-01", "--history", file.toString(), "--time-zone", "UTC",
                "--out", html.toString()));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg"));
        assertTrue(page.contains("@media print"));
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http") || page.contains("<script"), "self-contained");
        String csv = cli("report", "--date", "2026-12-01", "--history", file.toString(), "--time-zone", "UTC", "--format", "csv");
        String[] rows = csv.split("\r\n");
        assertEquals(String.join(",", ReportCsv.HEADER), rows[0]);
        assertTrue(rows[1].matches("2026-12-01,[^,]+,[^,]+,day,2026-12-01T00:00:00Z,\\d+,.*"), rows[1]);
        String json = cli("report", "--date", "2026-12-01", "--history", file.toString(), "--time-zone", "UTC", "--format", "json");
        assertTrue(json.contains("\"refreshes\" : " + REFRESHES), json.substring(0, 200));
    }

    @Test
    void csvDefusesFormulasInQueueNames() {
        DayReport r = new DayReport(DAY, ZoneOffset.UTC, 0.8, 1, SimulatedDay.START, SimulatedDay.START,
                List.of(new DayReport.QueueDay("id", "=HYPERLINK(\"x\")", 1L, 1L, 0L, 1.0, 0, SimulatedDay.START, 0L,
                        SimulatedDay.START, 0, List.of(), List.of())));
        StringWriter w = new StringWriter();
        ReportFormat.CSV.write(r, new PrintWriter(w));
        assertTrue(w.toString().contains(",\"'=HYPERLINK(\"\"x\"\")\","), w.toString());
    }

    private static String cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
        int code = new CliApp(Map.of(), dir, new SettingsStore(dir.resolve("home")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock, clock::advance).run(CommandLine.parse(args));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
