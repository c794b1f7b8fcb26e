package com.queuewallboard.ui;

import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.Thresholds;
import com.queuewallboard.config.Secret;
import com.queuewallboard.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {

    private static SettingsViewModel of(Settings s) {
        return new SettingsViewModel(s, x -> {
            throw new AssertionError("no connection in this test");
        }, Fixtures.DIRECT);
    }

    @Test
    void defaultsAreValidDemoSettings() {
        SettingsViewModel vm = of(Settings.defaults());
        assertTrue(vm.isValid());
    }

    @Test
    void refreshIntervalIsCheckedAsTheUserTypes() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.refreshSecondsProperty().set("1");
        assertFalse(vm.isValid());
        assertTrue(vm.refreshErrorProperty().get().contains("2 seconds"));
        vm.refreshSecondsProperty().set("ten");
        assertTrue(vm.refreshErrorProperty().get().startsWith("Enter whole seconds"));
        vm.refreshSecondsProperty().set("15");
        assertEquals("", vm.refreshErrorProperty().get());
        assertTrue(vm.isValid());
    }

    @Test
    void unknownRegionIsRejected() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.regionProperty().set("narnia_1");
        assertFalse(vm.isValid());
        assertTrue(vm.regionErrorProperty().get().contains("Unknown region 'narnia_1'"));
        vm.regionProperty().set("mypurecloud.ie");
        assertTrue(vm.isValid());
    }

    @Test
    void realCredentialsNeedAtLeastOneQueue() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.chosen().clear();
        assertFalse(vm.isValid());
        assertEquals("Tick at least one queue to show.", vm.queuesErrorProperty().get());
        vm.setChosen(new QueueInfo("11111111-2222-4333-8444-555555555555", "Sales"), true);
        assertTrue(vm.isValid());
    }

    @Test
    void aMalformedQueueIdIsCalledATypo() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.chosen().setAll("11111111-2222-4333-8444-55555555555");
        assertTrue(vm.queuesErrorProperty().get().contains("not a valid queue id"));
    }

    @Test
    void clientIdWithoutSecretAsksForTheSecret() {
        SettingsViewModel vm = of(Settings.defaults().withQueues(List.of("Sales")));
        vm.regionProperty().set("eu_west_1");
        vm.clientIdProperty().set("abc");
        assertFalse(vm.isValid());
        assertEquals("Enter the client secret.", vm.secretErrorProperty().get());
        vm.clientSecretProperty().set("xyz");
        assertTrue(vm.isValid());
    }

    @Test
    void anEmptySecretFieldKeepsTheSavedSecretAndNeverShowsIt() {
        Settings base = Fixtures.live();
        SettingsViewModel vm = of(base);
        assertTrue(vm.secretSaved());
        assertEquals("", vm.clientSecretProperty().get());
        Settings out = vm.toSettings();
        assertEquals(Secret.of("s3cr3t-value"), out.clientSecret());
        vm.clientSecretProperty().set("new-one");
        assertEquals(Secret.of("new-one"), vm.toSettings().clientSecret());
    }

    @Test
    void mediaTypesAndLevelsAreChecked() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.mediaTypesProperty().set("voice, vioce");
        assertTrue(vm.mediaTypesErrorProperty().get().contains("'vioce'"));
        vm.mediaTypesProperty().set("voice, chat");
        vm.waitingWarningProperty().set("8");
        vm.waitingAlertProperty().set("4");
        assertTrue(vm.waitingErrorProperty().get().contains("must not be above"));
        vm.waitingAlertProperty().set("10");
        vm.longestWarningProperty().set("1:3");
        assertFalse(vm.longestErrorProperty().get().isEmpty());
        vm.longestWarningProperty().set("1:30");
        vm.longestAlertProperty().set("");
        assertTrue(vm.isValid());
        Settings out = vm.toSettings();
        assertEquals(List.of("voice", "chat"), out.mediaTypes());
        assertEquals(new Thresholds(8, 10, 90, null), out.thresholds().defaults());
    }

    @Test
    void perQueueOverrides() {
        SettingsViewModel vm = of(Fixtures.live());
        assertFalse(vm.setOverride("q1", "", "", "", ""));
        assertFalse(vm.setOverride("q1", "5", "2", "", ""));
        assertTrue(vm.setOverride("q1", "1", "2", "", "2:00"));
        Settings out = vm.toSettings().withRefreshInterval(Duration.ofSeconds(5));
        assertEquals(new Thresholds(1, 2, null, 120), out.thresholds().perQueue().get("q1"));
        vm.removeOverride("q1");
        assertNull(vm.toSettings().thresholds().perQueue().get("q1"));
    }

    @Test
    void loadedQueuesKeepUnmatchedTypedEntries() {
        SettingsViewModel vm = of(Settings.defaults().withQueues(List.of("Sales*")));
        vm.setAvailableQueues(List.of(new QueueInfo("id-1", "Support")));
        assertEquals(List.of("Support", "Sales*"), vm.queues().stream().map(QueueInfo::name).toList());
        vm.searchProperty().set("supp");
        assertEquals(1, vm.shownQueues().size());
    }
}
