package com.queuewallboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules of the README's "Project layout" section, checked on the compiled classes:
 * imports point one way, the core runs without a toolkit, the simulator shares no code with the
 * client it imitates, and nothing in main code sleeps except the one injected sleeper.
 */
class ArchitectureTest {
    private static final String ROOT = "com.queuewallboard";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void uiFeaturePackagesHaveNoCycles() {
        check(slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles());
    }

    @Test
    void javaFxOnlyInTheWindowPackages() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the core (auth, API, simulator, CLI, domain) must run without a toolkit"));
    }

    @Test
    void coreNeverReachesIntoTheWindow() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".Launcher")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui.."));
    }

    @Test
    void theDomainDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(ROOT + ".board..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".config..", ROOT + ".app..",
                        ROOT + ".genesys..", ROOT + ".simulator..", ROOT + ".cli..", ROOT + ".connect..",
                        ROOT + ".insight..", ROOT + ".ui.."));
    }

    @Test
    void infrastructureDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".board..", ROOT + ".config..",
                        ROOT + ".genesys..", ROOT + ".simulator..", ROOT + ".cli..", ROOT + ".connect..",
                        ROOT + ".insight..", ROOT + ".history..", ROOT + ".ui.."));
    }

    @Test
    void theSimulatorSharesNoCodeWithTheClient() {
        // If both used one set of JSON classes, a mistake in the Genesys shapes would hide in both.
        check(noClasses().that().resideInAPackage(ROOT + ".simulator..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".genesys..", ROOT + ".board..",
                        ROOT + ".config..", ROOT + ".cli..", ROOT + ".connect..", ROOT + ".insight.."));
    }

    @Test
    void theClientKnowsNothingOfItsUsers() {
        check(noClasses().that().resideInAPackage(ROOT + ".genesys..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".simulator..", ROOT + ".cli..",
                        ROOT + ".connect.."));
    }

    @Test
    void configurationDoesNotRun() {
        check(noClasses().that().resideInAPackage(ROOT + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".genesys..", ROOT + ".simulator..",
                        ROOT + ".cli..", ROOT + ".connect.."));
    }

    @Test
    void theSettingsDialogSeesTheBoardOnlyThroughItsHost() {
        check(noClasses().that().resideInAPackage(ROOT + ".ui.settings..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui.board..", ROOT + ".ui.window.."));
    }

    @Test
    void theBoardViewsDoNotOpenTheWindow() {
        check(noClasses().that().resideInAPackage(ROOT + ".ui.board..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui.window.."));
    }

    @Test
    void onlyTheInjectedSleeperSleeps() {
        check(noClasses().that().doNotHaveFullyQualifiedName(SLEEPER)
                .should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
                .because("waits go through the injected sleeper, so tests drive time instead of waiting"));
    }

    private static final String SLEEPER = ROOT + ".app.Sleeper";

    @Test
    void theHubServesAnySourceItIsHanded() {
        // it never talks to Genesys itself, never draws, and serves the CLI's own document
        check(noClasses().that().resideInAPackage(ROOT + ".hub..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".genesys..", ROOT + ".simulator..",
                        ROOT + ".cli..", ROOT + ".connect..", ROOT + ".ui.."));
    }

    @Test
    void theSnapshotDocumentIsMadeFromTheDomainOnly() {
        check(noClasses().that().resideInAPackage(ROOT + ".document..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".genesys..", ROOT + ".simulator..",
                        ROOT + ".cli..", ROOT + ".connect..", ROOT + ".hub..", ROOT + ".history..", ROOT + ".ui.."));
    }

    @Test
    void insightIsToolkitFreeDomain() {
        check(noClasses().that().resideInAPackage(ROOT + ".insight..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".config..", ROOT + ".genesys..",
                        ROOT + ".simulator..", ROOT + ".cli..", ROOT + ".connect..", ROOT + ".ui..",
                        "java.net.http..", "org.apache.hc.."));
    }
}
