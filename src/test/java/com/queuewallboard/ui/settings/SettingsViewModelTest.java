package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.ScriptedSource;

import com.queuewallboard.ui.Fixtures;

import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
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
    void theServiceLevelTargetAndMarginAreCheckedAsTheUserTypesAndSaved() {
        SettingsViewModel vm = of(Fixtures.live());
        assertEquals("", vm.serviceLevelTargetProperty().get(), "none set: each queue's own target");
        vm.serviceLevelTargetProperty().set("80-20");
        assertFalse(vm.isValid());
        assertTrue(vm.targetErrorProperty().get().startsWith("Write the service-level target as percent/seconds, e.g. 80/20"),
                vm.targetErrorProperty().get());
        vm.serviceLevelTargetProperty().set("100/20");
        assertTrue(vm.targetErrorProperty().get().contains("1-99"), vm.targetErrorProperty().get());
        vm.serviceLevelTargetProperty().set("90% / 30");
        assertEquals("", vm.targetErrorProperty().get());
        vm.serviceLevelMarginProperty().set("100");
        assertFalse(vm.isValid());
        assertEquals("The margin must be a whole number from 0 to 99, not '100'.", vm.marginErrorProperty().get());
        vm.serviceLevelMarginProperty().set("0");
        assertTrue(vm.isValid());
        var defaults = vm.toSettings().thresholds().defaults();
        assertEquals(new com.queuewallboard.board.ServiceLevelTarget(90, 30), defaults.serviceLevelTarget());
        assertEquals(0, defaults.serviceLevelMarginPoints());
        vm.serviceLevelTargetProperty().set("");
        vm.serviceLevelMarginProperty().set("");
        assertNull(vm.toSettings().thresholds().defaults().serviceLevelTarget());
        assertNull(vm.toSettings().thresholds().defaults().serviceLevelMarginPoints());
    }

    @Test
    void aQueuesOwnTargetIsCheckedKeptAndDescribed() {
        String id = "11111111-2222-4333-8444-555555555555";
        SettingsViewModel vm = of(Fixtures.live());
        assertFalse(vm.setOverride(id, "", "", "", "", "90/"));
        assertTrue(vm.overrideErrorProperty().get().startsWith("Write the service-level target"), vm.overrideErrorProperty().get());
        assertTrue(vm.setOverride(id, "", "", "", "", "90/30"), vm.overrideErrorProperty().get());
        assertTrue(vm.describeOverride(id).endsWith(", SL target 90/30"), vm.describeOverride(id));
        assertTrue(vm.setOverride(id, "2", "", "", ""), "levels only: the target stays");
        assertEquals("90/30", vm.toSettings().thresholds().perQueue().get(id).serviceLevelTarget().toString());
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
    void noTickedQueueIsValidAndSavesAsAnEmptyList() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.picker().chosen().clear();
        assertTrue(vm.isValid(), "no queue ticked means all queues of the org");
        assertEquals("", vm.picker().queuesErrorProperty().get());
        assertEquals(List.of(), vm.toSettings().queues());
        assertEquals(List.of(), vm.toSavedSettings().queues());
    }

    @Test
    void demoQueueIdsAreNotKeptForARealOrg() {
        String demoId = "f5071a51-e462-47e0-ba5a-ebff6e3da4f7";
        SettingsViewModel vm = of(Settings.defaults().withQueues(List.of("Sales*")).withDemo(true));
        vm.picker().setAvailableQueues(List.of(new QueueInfo(demoId, "After Hours")), true);
        vm.picker().setChosen(vm.picker().queues().get(0), true);
        assertEquals("", vm.picker().queuesNoteProperty().get(), "in demo the demo queues are the right ones");
        assertEquals(List.of("Sales*", demoId), vm.toSettings().queues());

        vm.enterCredentials();
        assertFalse(vm.demoProperty().get());
        assertTrue(vm.picker().queuesNoteProperty().get().contains("Press Test connection"), vm.picker().queuesNoteProperty().get());
        assertEquals(List.of("Sales*", demoId), vm.toSettings().queues(), "still the demo without credentials");
        vm.regionProperty().set("eu_west_1");
        vm.clientIdProperty().set("real-client");
        vm.clientSecretProperty().set("real-secret");
        assertTrue(vm.isValid());
        assertEquals(List.of("Sales*"), vm.toSettings().queues(), "the demo id is dropped, the typed name kept");
    }

    @Test
    void aSecretFromTheEnvironmentIsCalledSoAndNotWrittenToDisk() {
        Settings fromEnv = Fixtures.live();   // secret "s3cr3t-value" came from GENESYS_CLIENT_SECRET
        SettingsViewModel vm = new SettingsViewModel(fromEnv, Secret.empty(), x -> {
            throw new AssertionError("no connection in this test");
        }, Fixtures.DIRECT);
        assertEquals(SecretOrigin.OUTSIDE, vm.secretOrigin());
        assertFalse(vm.secretSaved());
        assertTrue(vm.secretHint().contains("from the environment/.env"), vm.secretHint());
        assertFalse(vm.secretHint().contains("saved;"));
        assertTrue(vm.isValid(), "the secret is set, so the field may stay empty");
        assertEquals(Secret.of("s3cr3t-value"), vm.toSettings().clientSecret(), "the board keeps using it");
        assertEquals(Secret.empty(), vm.toSavedSettings().clientSecret(), "but it is not written to disk");

        vm.clientSecretProperty().set("typed-one");
        assertEquals(Secret.of("typed-one"), vm.toSavedSettings().clientSecret(), "a typed secret is saved");

        SettingsViewModel saved = new SettingsViewModel(fromEnv, Secret.of("s3cr3t-value"), x -> null, Fixtures.DIRECT);
        assertEquals(SecretOrigin.SAVED, saved.secretOrigin());
        assertEquals("A secret is saved; leave empty to keep it.", saved.secretHint());
        assertEquals(Secret.of("s3cr3t-value"), saved.toSavedSettings().clientSecret());
    }

    @Test
    void aBaseUrlIsShownBecauseTheRegionListCannotShowIt() {
        Settings viaProxy = new Settings(null, "http://127.0.0.1:18555", null, "demo-client", Secret.of("x"),
                List.of(), null, null, null, null, null, false);
        SettingsViewModel vm = of(viaProxy);
        assertEquals("Connected through http://127.0.0.1:18555", vm.baseUrlNote());
        assertEquals("", vm.regionErrorProperty().get(), "no region needed with a base URL");
        assertEquals("", of(Fixtures.live()).baseUrlNote());
    }

    @Test
    void theConnectionTestListsTheOrgAndChecksOnlyQueuesItHas() throws Exception {
        String orgId = "11111111-2222-4333-8444-555555555555";
        String demoId = "f5071a51-e462-47e0-ba5a-ebff6e3da4f7";
        List<Settings> opened = new java.util.ArrayList<>();
        ScriptedSource org = new ScriptedSource(false)
                .withQueues(List.of(new QueueInfo(orgId, "Sales")))
                .then(Fixtures.snapshot(Fixtures.T0));
        var outcome = SettingsConnectionTest.run(s -> {
            opened.add(s);
            return org;
        }, Fixtures.live(), List.of(demoId, orgId, "Support*"));
        assertEquals(List.of(new QueueInfo(orgId, "Sales")), outcome.listed());
        assertNull(outcome.figuresProblem());
        assertEquals(List.of(), opened.get(0).queues(), "listing needs no queue selection");
        assertEquals(List.of(orgId, "Support*"), opened.get(1).queues(), "the demo id is not asked for");
        assertTrue(org.closed);
    }

    @Test
    void problemsGetAShortHeadlineAndKeepTheirMessage() {
        String auth = SettingsConnectionTest.explain(Fixtures.authProblem(), Fixtures.live());
        assertTrue(auth.startsWith("The client id or secret was refused.\n"), auth);
        assertTrue(auth.contains("corr-1234"));
        String net = SettingsConnectionTest.explain(Problem.of(ProblemKind.NETWORK,
                "Cannot find login.mypurecloud.ie (host name not found)."), Fixtures.live());
        assertTrue(net.startsWith("Cannot reach Genesys Cloud (region eu_west_1).\n"), net);
        assertFalse(net.contains("Check the region and the network"), "no second copy of the advice");
        String perm = SettingsConnectionTest.explain(new Problem(ProblemKind.PERMISSION,
                "Missing permission analytics:queueObservation:view.", 403, "missing.permissions", null), Fixtures.live());
        assertTrue(perm.startsWith("The OAuth client lacks a permission.\n"), perm);
    }

    @Test
    void aMalformedQueueIdIsCalledATypo() {
        SettingsViewModel vm = of(Fixtures.live());
        vm.picker().chosen().setAll("11111111-2222-4333-8444-55555555555");
        assertTrue(vm.picker().queuesErrorProperty().get().contains("not a valid queue id"));
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
        // the margin (and a target) the dialog has no fields for are kept from the settings it started with
        assertEquals(new Thresholds(8, 10, 90, null, null, Thresholds.DEFAULT_MARGIN_POINTS), out.thresholds().defaults());
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
        vm.picker().setAvailableQueues(List.of(new QueueInfo("id-1", "Support")));
        assertEquals(List.of("Support", "Sales*"), vm.picker().queues().stream().map(QueueInfo::name).toList());
        vm.picker().searchProperty().set("supp");
        assertEquals(1, vm.picker().shownQueues().size());
    }
}
