package com.queuewallboard.config;

import com.queuewallboard.connect.DemoOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The option table is the one definition: the parser, the defaults and the other readers agree with it. */
class OptionTest {

    @Test
    void bothSpellingsOfAValueMeanTheSame() throws Exception {
        assertEquals("5", CommandLine.parse("--interval=5").value("interval"));
        assertEquals("5", CommandLine.parse("--interval", "5").value("interval"));
        assertEquals(5, CommandLine.parse("--INTERVAL", "5").intValue(Option.INTERVAL), "names are not case-sensitive");
        assertEquals(CommandLine.Mode.HELP, CommandLine.parse("-?").mode());
        assertEquals(CommandLine.Mode.VERSION, CommandLine.parse("--version").mode());
        assertEquals("09:30", CommandLine.parse("--sim-time", "09:30").value("sim-time"), "checked by the simulator");
    }

    @Test
    void defaultsComeFromTheTable() throws Exception {
        CommandLine none = CommandLine.parse();
        assertEquals(10, none.intValue(Option.INTERVAL));
        assertEquals(Settings.DEFAULT_REFRESH, Duration.ofSeconds(Option.INTERVAL.defaultInt()));
        assertEquals(Settings.DEFAULT_TODAY_REFRESH, Duration.ofSeconds(Option.TODAY_INTERVAL.defaultInt()));
        assertEquals(Settings.MIN_REFRESH, Duration.ofSeconds((long) Option.INTERVAL.min));
        assertEquals(new DemoOptions(Option.SEED.defaultInt(), Option.SPEED.defaultDouble(), Option.SIM_EXTRA_QUEUES.defaultInt(),
                Option.SIM_LATENCY_MS.defaultInt(), Option.SIM_ERROR_RATE.defaultDouble(), com.queuewallboard.simulator.SimTime.AUTO),
                DemoOptions.DEFAULT);
        var levels = com.queuewallboard.board.Thresholds.DEFAULTS;
        assertEquals(levels.waitingWarning(), Option.WARN_WAITING.defaultInt());
        assertEquals(levels.waitingAlert(), Option.ALERT_WAITING.defaultInt());
        assertEquals(levels.longestWaitWarningSeconds(), Option.WARN_WAIT.defaultInt());
        assertEquals(levels.longestWaitAlertSeconds(), Option.ALERT_WAIT.defaultInt());
        assertEquals(levels.marginPoints(), Option.SL_MARGIN.defaultInt());
    }

    @Test
    void serviceLevelFlagsSetTheBoardWideTargetAndMargin() throws Exception {
        Settings s = SettingsLoader.applyFlags(Settings.defaults(), CommandLine.parse("--sl-target", "90/15", "--sl-margin", "3"));
        assertEquals(new com.queuewallboard.board.ServiceLevelTarget(90, 15), s.thresholds().defaults().serviceLevelTarget());
        assertEquals(3, s.thresholds().defaults().marginPoints());
        assertEquals(6, s.thresholds().defaults().waitingAlert(), "the other levels are kept");
        Settings none = SettingsLoader.applyFlags(Settings.defaults(), CommandLine.parse());
        assertNull(none.thresholds().defaults().serviceLevelTarget(), "no flag: each queue's own target from Genesys");
    }

    @Test
    void everyOptionIsDescribed() {
        assertEquals(Option.values().length, Arrays.stream(Option.values()).map(o -> o.name).distinct().count());
        for (Option o : Option.values()) {
            assertNotNull(o.help, o.name);
            if (o.takesValue()) assertNotNull(o.label, o.name);
            else assertNull(o.label, o.name);
        }
    }
}
