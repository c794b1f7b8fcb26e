package com.queuewallboard.ui.window;

import com.queuewallboard.app.LogSetup;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The board's JVM options (heap cap, serial GC, small stacks and code cache), so a wall PC that
 * runs for weeks stays small and flat. The installers pass them through jpackage
 * ({@code packaging/<os>/app-image.args}); a plain {@code java -jar} cannot carry JVM options in its
 * manifest, so the window path re-starts the same {@code java} once with them.
 *
 * <p>No JavaFX here: this runs before the toolkit is loaded, and the CLI path never comes here.
 */
public final class GuiJvm {
    /** Present in every tuned JVM; its absence means the options still have to be applied. */
    static final String MARKER = "-Dqueuewallboard.jvm=tuned";

    /**
     * Measured with 200 demo queues, full screen 1920x1080 under Xvfb (packaging/linux/soak.sh):
     * the live heap stays near 40 MB (15 MB of it the software renderer's frame), so 96 MB leaves
     * room for a 500-queue board (tiles are pooled per page); a 10 MB young generation and tight
     * free ratios keep the committed heap near the live one; SerialGC has no
     * per-core GC threads; C1 only (TieredStopAtLevel=1) keeps the code cache and compiler
     * threads small, and the board spends well under 1% of a core once started.
     */
    public static final List<String> OPTIONS = List.of(
            "-Xms24m",
            "-Xmx96m",
            "-Xmn10m",
            "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20",
            "-Xss512k",
            "-XX:MaxMetaspaceSize=96m",
            "-XX:ReservedCodeCacheSize=24m",
            "-XX:TieredStopAtLevel=1",
            "-XX:CICompilerCount=1",
            "-XX:MaxDirectMemorySize=64m",
            MARKER);

    /**
     * Environment for the window's process, set when the user has not set it.
     * {@code MALLOC_ARENA_MAX}: glibc's per-thread malloc arenas (64 MB each, reserved) cost tens of
     * MB of RSS on a many-core PC. {@code GDK_GL=disable}: GTK 3 probes OpenGL when it opens the
     * display, which on a PC without a GPU driver loads Mesa's software GL and LLVM (about 55 MB of
     * RSS, measured under Xvfb); JavaFX never uses GTK's GL (its es2 pipeline opens GL itself), so
     * the probe is pure cost. The Linux desktop entries set the same two (DesktopEntryTest).
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2", "GDK_GL", "disable");

    private GuiJvm() {
    }

    /**
     * Runs the window in a JVM with {@link #OPTIONS} when this one lacks them, inheriting stdin,
     * stdout and stderr, and returns that JVM's exit code; empty when this JVM should open the
     * window itself: already tuned (the installers, or the child), started with its own heap
     * size, started on a module path, or told not to with {@code QUEUE_WALLBOARD_NO_RELAUNCH}.
     */
    public static OptionalInt relaunchIfNeeded(String mainClass, String[] args) {
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!shouldRelaunch(jvmArgs, System.getProperty("jdk.module.path"), System.getenv("QUEUE_WALLBOARD_NO_RELAUNCH"))) {
            return OptionalInt.empty();
        }
        List<String> command = command(javaBinary(), jvmArgs, System.getProperty("java.class.path"), mainClass, args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
            LogSetup.release();   // the window's JVM writes the log file from here on
            Process child = builder.start();
            // a service manager stopping us must stop the window too
            Thread stopChild = new Thread(child::destroy, "stop-window-jvm");
            Runtime.getRuntime().addShutdownHook(stopChild);
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // already shutting down: the hook runs anyway
            }
            return OptionalInt.of(code);
        } catch (java.io.IOException e) {
            // cannot start a second JVM (odd sandbox): open the window here, untuned, rather than not at all
            java.util.logging.Logger.getLogger(GuiJvm.class.getName())
                    .warning("Could not restart with the board's JVM options: " + e.getMessage());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    static boolean shouldRelaunch(List<String> jvmArgs, String modulePath, String optOut) {
        if (optOut != null && !optOut.isBlank()) return false;
        if (modulePath != null && !modulePath.isBlank()) return false;
        for (String a : jvmArgs) {
            // the marker guards against a loop; an explicit heap size is the user's choice
            if (a.equals(MARKER) || a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM")) return false;
        }
        return true;
    }

    /** The same java, this JVM's own options (system properties, agents) plus ours, the same class path and arguments. */
    static List<String> command(String java, List<String> jvmArgs, String classPath, String mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(OPTIONS);
        for (String a : jvmArgs) {
            if (!a.startsWith("-agentlib:jdwp")) command.add(a);   // one debugger port cannot be opened twice
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .filter(c -> Files.isExecutable(Path.of(c)))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
