package com.queuewallboard.config;

import java.util.List;
import java.util.Locale;

/** The Genesys Cloud regions, and reading a region the many ways users write it. */
public final class Regions {

    public static final List<Region> ALL = List.of(
            new Region("us_east_1", "mypurecloud.com"),
            new Region("us_east_2", "use2.us-gov-pure.cloud"),
            new Region("us_west_2", "usw2.pure.cloud"),
            new Region("ca_central_1", "cac1.pure.cloud"),
            new Region("eu_west_1", "mypurecloud.ie"),
            new Region("eu_west_2", "euw2.pure.cloud"),
            new Region("eu_central_1", "mypurecloud.de"),
            new Region("eu_central_2", "euc2.pure.cloud"),
            new Region("mx_central_1", "mxc1.pure.cloud"),
            new Region("ap_south_1", "aps1.pure.cloud"),
            new Region("ap_northeast_1", "mypurecloud.jp"),
            new Region("ap_northeast_2", "apne2.pure.cloud"),
            new Region("ap_northeast_3", "apne3.pure.cloud"),
            new Region("ap_southeast_2", "mypurecloud.com.au"),
            new Region("ap_southeast_1", "apse1.pure.cloud"),
            new Region("sa_east_1", "sae1.pure.cloud"),
            new Region("me_central_1", "mec1.pure.cloud"),
            new Region("eusc_de_east_1", "edee1.eusc-pure.cloud"));

    /** What the help text says about the shorthands of older scripts. */
    public static final String SHORTHAND_NOTE =
            "'us' means us_east_1 (mypurecloud.com); 'eu' means eu_west_1 (mypurecloud.ie, Ireland)";

    private Regions() {
    }

    /**
     * Reads {@code eu_west_1}, {@code eu-west-1}, {@code mypurecloud.ie}, {@code api.mypurecloud.ie},
     * {@code https://login.mypurecloud.ie}, or the shorthands {@code us} / {@code eu}.
     */
    public static Region resolve(String text) throws ConfigException {
        if (text == null || text.isBlank()) {
            throw new ConfigException("No region is set. Set --region or GENESYS_REGION, e.g. eu_west_1 or mypurecloud.ie.");
        }
        String wanted = normalise(text);
        if (wanted.equals("us")) return byKey("us_east_1");
        // 'eu' is ambiguous; eu_west_1 (Ireland) is what older scripts meant by it
        if (wanted.equals("eu")) return byKey("eu_west_1");
        for (Region region : ALL) {
            if (region.key().equals(wanted.replace('-', '_')) || region.domain().equals(wanted)) return region;
        }
        throw new ConfigException("Unknown region '" + text.strip() + "'. Use a region key such as eu_west_1 or "
                + "us_east_1, or a domain such as mypurecloud.ie (see --help for the list).");
    }

    private static Region byKey(String key) {
        return ALL.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static String normalise(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^https?://", "");
        int slash = s.indexOf('/');
        if (slash >= 0) s = s.substring(0, slash);
        if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
        s = s.replaceFirst("^(api|login|apps)\\.", "");
        return s;
    }
}
