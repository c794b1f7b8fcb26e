package com.queuewallboard.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the API and the login (OAuth) server are. From a region, or from {@code --base-url} for
 * any other deployment (the simulator, a proxy). Plain http is accepted only for loopback hosts,
 * so a token or secret never crosses a network unencrypted.
 */
public record Endpoints(URI api, URI login, String label) {

    public static Endpoints of(Settings settings) throws ConfigException {
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            URI api = checkedUrl(settings.baseUrl(), "--base-url");
            URI login = settings.loginUrl() != null && !settings.loginUrl().isBlank()
                    ? checkedUrl(settings.loginUrl(), "--login-url")
                    : loginFor(api);
            return new Endpoints(api, login, api.getHost() + (api.getPort() > 0 ? ":" + api.getPort() : ""));
        }
        Region region = Regions.resolve(settings.region());
        URI login = settings.loginUrl() != null && !settings.loginUrl().isBlank()
                ? checkedUrl(settings.loginUrl(), "--login-url")
                : URI.create(region.loginBaseUrl());
        return new Endpoints(URI.create(region.apiBaseUrl()), login, region.key());
    }

    /** The login host follows the API host: api.X becomes login.X; anything else logs in at the same origin. */
    static URI loginFor(URI api) {
        String host = api.getHost();
        if (host.toLowerCase(Locale.ROOT).startsWith("api.")) {
            return URI.create(api.getScheme() + "://login." + host.substring(4) + (api.getPort() > 0 ? ":" + api.getPort() : ""));
        }
        // same origin (and same path prefix, for a proxy that serves both under one path)
        return api;
    }

    static URI checkedUrl(String text, String option) throws ConfigException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(option + " '" + text.strip() + "' is not a URL. Use e.g. https://api.mypurecloud.ie");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigException(option + " '" + text.strip() + "' is not an http(s) URL. Use e.g. https://api.mypurecloud.ie");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new ConfigException(option + " uses plain http to " + uri.getHost()
                    + "; that would send credentials unencrypted. Use https (plain http is allowed only for 127.0.0.1/localhost).");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + hostForUri(uri.getHost()) + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path);
    }

    /** Loopback by literal address or the name localhost; no DNS lookup of other names. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.equals("localhost")) return true;
        if (!h.matches("[0-9.]+") && !h.contains(":")) return false;
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
