package com.queuewallboard.hub;

import com.queuewallboard.config.CommandLine;
import com.queuewallboard.config.ConfigException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The hub a screen follows: its address and the viewer key (from --hub-key-file or
 * QUEUE_WALLBOARD_HUB_KEY). https, or plain http to this machine; plain http to another machine
 * only with --insecure-lan, as the hub itself.
 */
public record HubTarget(URI base, HubKey key) {
    public static final String KEY_ENV = "QUEUE_WALLBOARD_HUB_KEY";

    /** The hub named on the command line, or null when --hub is not given. */
    public static HubTarget from(CommandLine cl, Map<String, String> env) throws ConfigException {
        String url = cl.value("hub");
        if (url == null) return null;
        return of(url, keyText(cl, env), cl.has("insecure-lan"));
    }

    public static HubTarget of(String url, String key, boolean insecureLan) throws ConfigException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw CommandLine.usage("--hub: '" + url + "' is not a URL; give one like https://hub.example.com:8470.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw CommandLine.usage("--hub: '" + url + "' is not an http(s) URL; give one like https://hub.example.com:8470.");
        }
        if (scheme.equals("http") && !insecureLan && !HubCommand.loopback(uri.getHost())) {
            throw CommandLine.usage("--hub: plain http to " + uri.getHost() + " would send the viewer key unencrypted. "
                    + "Use https, or say --insecure-lan explicitly.");
        }
        if (key == null || key.isBlank()) {
            throw CommandLine.usage("--hub needs the hub's viewer key: --hub-key-file FILE or " + KEY_ENV + ".");
        }
        String base = uri.toString().replaceAll("/+$", "");
        return new HubTarget(URI.create(base), HubKey.of(key));
    }

    private static String keyText(CommandLine cl, Map<String, String> env) throws ConfigException {
        String file = cl.value("hub-key-file");
        if (file != null) return HubCommand.readSmall(Path.of(file), "--hub-key-file");
        return env.get(KEY_ENV);
    }

    public URI resolve(String path) {
        return URI.create(base + path);
    }
}
