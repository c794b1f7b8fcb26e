package com.queuewallboard.hub;

import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.ProblemKind;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;
import com.queuewallboard.config.Option;
import com.queuewallboard.config.SecretFile;
import com.queuewallboard.config.Settings;
import com.queuewallboard.history.HistoryRecorder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code --serve} (the hub, until Ctrl+C) and {@code --rotate-hub-key}. The CLI hands over the
 * loaded settings; this class returns exit codes as the CLI does (0 ok, 2 usage, 5 network).
 */
public final class HubCommand {
    private static final Logger LOG = Logger.getLogger(HubCommand.class.getName());
    static final String TLS_PASSWORD_ENV = "QUEUE_WALLBOARD_HUB_TLS_PASSWORD";

    private final Map<String, String> env;
    private final Path settingsFolder;
    private final PrintStream out;
    private final PrintStream err;

    public HubCommand(Map<String, String> env, Path settingsFolder, PrintStream out, PrintStream err) {
        this.env = env;
        this.settingsFolder = settingsFolder;
        this.out = out;
        this.err = err;
    }

    public int rotateKey() {
        try {
            HubKey key = HubKey.rotate(settingsFolder);
            out.println("New hub viewer key (the old one no longer works; give this one to every screen):");
            out.println(key.value());
            out.println("Stored in " + settingsFolder.resolve(HubKey.FILE_NAME) + " (readable by this user only). "
                    + "A running hub takes it within seconds and ends the streams of screens with the old key.");
            return 0;
        } catch (IOException e) {
            err.println("queue-wallboard: cannot write the hub key in " + settingsFolder + " (" + e.getMessage() + ").");
            return 2;
        }
    }

    /** The hub's configuration from the flags; a refused combination is a usage error. */
    public HubConfig config(CommandLine cl) throws ConfigException {
        int port = cl.has("port") ? cl.intValue(Option.PORT) : HubConfig.DEFAULT_PORT;
        Path keystore = cl.has("hub-tls-keystore") ? Path.of(cl.value("hub-tls-keystore")) : null;
        char[] password = null;
        if (keystore != null) {
            if (!Files.isRegularFile(keystore)) {
                throw CommandLine.usage("--hub-tls-keystore: no such file " + keystore + ".");
            }
            password = tlsPassword(cl);
        }
        boolean insecure = cl.has("insecure-lan");
        String bind = cl.value("hub-bind");
        if (bind == null) bind = keystore != null || insecure ? "0.0.0.0" : "127.0.0.1";
        if (keystore == null && !insecure && !loopback(bind)) {
            throw CommandLine.usage("--hub-bind " + bind + " would serve plain http to the network, where anyone can read "
                    + "the viewer key. Give --hub-tls-keystore FILE (or put a TLS reverse proxy in front and keep 127.0.0.1), "
                    + "or say --insecure-lan explicitly.");
        }
        // per address: 50 a second, bursts of 600, so 200 screens behind one NAT can all reconnect at once
        return new HubConfig(bind, port, keystore, password, cl.intValue(Option.HUB_MAX_STREAMS), 50, 600,
                Duration.ofSeconds(15), cl.value("hub-message"));
    }

    private char[] tlsPassword(CommandLine cl) throws ConfigException {
        String file = cl.value("hub-tls-password-file");
        if (file != null) {
            try {
                return SecretFile.read(Path.of(file), "--hub-tls-password-file").reveal().strip().toCharArray();
            } catch (ConfigException e) {
                throw CommandLine.usage(e.getMessage());
            }
        }
        String fromEnv = env.get(TLS_PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv.toCharArray();
        throw CommandLine.usage("--hub-tls-keystore needs its password: --hub-tls-password-file FILE or " + TLS_PASSWORD_ENV + ".");
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Opens the hub's one source (Genesys, or the demo): the CLI passes the board's own opener. */
    public interface SourceOpener {
        BoardSource open(Settings settings) throws SourceException;
    }

    /** Runs the hub until the process is stopped, recording nothing. */
    public int serve(CommandLine cl, Settings settings, SourceOpener opener) throws ConfigException, SourceException {
        return serve(cl, settings, opener, HistoryRecorder.disabled());
    }

    /** Runs the hub until the process is stopped; every refresh goes into {@code history} (closed at the end). */
    public int serve(CommandLine cl, Settings settings, SourceOpener opener, HistoryRecorder history)
            throws ConfigException, SourceException {
        HubConfig config = config(cl);
        HubKey.Loaded key;
        try {
            key = HubKey.loadOrCreate(settingsFolder);
        } catch (IOException e) {
            err.println("queue-wallboard: cannot read or create the hub key in " + settingsFolder + " (" + e.getMessage() + ").");
            return 2;
        }
        BoardSource source = opener.open(settings);
        HubEvents events = new HubEvents(256, System.currentTimeMillis());
        HubRefresher refresher = new HubRefresher(source, settings.thresholds(), settings.mediaTypes().get(0), events, Clock.systemUTC())
                .recordInto(history);
        history.addStatusListener(st -> {
            if (!st.on()) err.println("queue-wallboard: hub " + st.text() + " (the figures go on)");
        });
        HubServer server;
        try {
            server = HubServer.start(config, key.key(), settingsFolder, Duration.ofSeconds(2), events, refresher,
                    HubSettingsView.of(settings, config.teamMessage()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Hub did not start", e);
            source.close();
            refresher.close();
            throw new SourceException(Problem.of(ProblemKind.NETWORK, "Cannot listen on " + config.bindHost() + ":"
                    + config.port() + " (" + e.getClass().getSimpleName() + "). Choose another --port or --hub-bind."));
        }
        refresher.start(settings.refreshInterval());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            refresher.close();
            source.close();
            stopped.countDown();
        }, "hub-shutdown"));
        out.println("Queue Wallboard hub serving " + source.description() + (source.isDemo() ? " (demo figures)" : "")
                + " at " + server.uri());
        out.println("  web board:  " + server.uri() + "/#key=<viewer key>");
        out.println("  screens:    queue-wallboard --hub " + server.uri() + " --hub-key-file FILE");
        if (key.created()) {
            out.println("  viewer key (new; shown once, stored in " + settingsFolder.resolve(HubKey.FILE_NAME) + "):");
            out.println("  " + key.key().value());
        } else {
            out.println("  viewer key: in " + settingsFolder.resolve(HubKey.FILE_NAME) + " (--rotate-hub-key makes a new one)");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Reads a small text file (the viewer key), as one line. */
    static String readSmall(Path file, String source) throws ConfigException {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 4096) {
                throw CommandLine.usage(source + ": " + file + " is not a regular file of at most 4096 bytes.");
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw CommandLine.usage(source + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ").");
        }
    }
}
