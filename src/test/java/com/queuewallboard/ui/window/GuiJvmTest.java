package com.queuewallboard.ui.window;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuiJvmTest {

    @Test
    void relaunchesOnlyAnUntunedJvm() {
        assertTrue(GuiJvm.shouldRelaunch(List.of("-Dprism.order=sw"), null, null), "plain java -jar");
        assertFalse(GuiJvm.shouldRelaunch(List.of(GuiJvm.MARKER), null, null), "the child (or an installer) never relaunches: no loop");
        assertFalse(GuiJvm.shouldRelaunch(List.of("-Xmx1g"), null, null), "a heap the user chose is kept");
        assertFalse(GuiJvm.shouldRelaunch(List.of(), "/opt/javafx/lib", null), "a module path cannot be carried over");
        assertFalse(GuiJvm.shouldRelaunch(List.of(), null, "1"), "QUEUE_WALLBOARD_NO_RELAUNCH");
        assertTrue(GuiJvm.shouldRelaunch(List.of(), "", ""), "empty values do not count");
    }

    @Test
    void theChildIsTheSameJavaWithOurOptionsThenTheUsersAndTheSameArguments() {
        List<String> command = GuiJvm.command("/jdk/bin/java", List.of("-Dprism.order=sw", "-agentlib:jdwp=transport=dt_socket"),
                "app.jar", "com.queuewallboard.Launcher", new String[] {"--demo", "--speed", "10"});
        assertEquals("/jdk/bin/java", command.get(0));
        assertEquals(GuiJvm.OPTIONS, command.subList(1, 1 + GuiJvm.OPTIONS.size()));
        assertTrue(command.contains(GuiJvm.MARKER));
        assertTrue(command.contains("-Dprism.order=sw"), "the user's own -D options are kept");
        assertFalse(command.stream().anyMatch(a -> a.startsWith("-agentlib:jdwp")), "a debugger port cannot be opened twice");
        assertEquals(List.of("-cp", "app.jar", "com.queuewallboard.Launcher", "--demo", "--speed", "10"),
                command.subList(command.size() - 6, command.size()));
    }

    /** The installers' launchers carry exactly the options a java -jar start gets. */
    @Test
    void everyInstallerPassesTheSameOptions() throws Exception {
        for (String os : List.of("linux", "windows", "macos")) {
            List<String> options = Files.readAllLines(Path.of("packaging", os, "app-image.args")).stream()
                    .filter(l -> l.startsWith("--java-options ")).map(l -> l.substring("--java-options ".length()).strip()).toList();
            assertEquals(GuiJvm.OPTIONS, options, os);
        }
    }

    /** Linux desktop entries start the installed board with the environment a java -jar start gets. */
    @Test
    void linuxDesktopEntriesSetTheSameEnvironment() throws Exception {
        for (Path entry : List.of(Path.of("packaging/linux/resources/queue-wallboard.desktop"),
                Path.of("packaging/linux/queue-wallboard-autostart.desktop"))) {
            String exec = Files.readAllLines(entry).stream().filter(l -> l.startsWith("Exec=")).findFirst().orElseThrow();
            assertTrue(exec.startsWith("Exec=env "), entry + ": " + exec);
            GuiJvm.ENVIRONMENT.forEach((name, value) ->
                    assertTrue(exec.contains(" " + name + "=" + value + " "), entry + " lacks " + name + "=" + value + ": " + exec));
        }
    }
}
