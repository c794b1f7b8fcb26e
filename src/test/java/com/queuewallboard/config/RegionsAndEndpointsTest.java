package com.queuewallboard.config;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsAndEndpointsTest {

    @ParameterizedTest
    @CsvSource({
            "eu_west_1, eu_west_1", "eu-west-1, eu_west_1", "mypurecloud.ie, eu_west_1", "EU_WEST_1, eu_west_1",
            "https://api.mypurecloud.ie/, eu_west_1", "login.mypurecloud.de, eu_central_1", "us, us_east_1",
            "eu, eu_west_1", "usw2.pure.cloud, us_west_2", "eusc_de_east_1, eusc_de_east_1",
            "edee1.eusc-pure.cloud, eusc_de_east_1", "mypurecloud.com.au, ap_southeast_2"})
    void readsRegionsTheWaysUsersWriteThem(String text, String key) throws Exception {
        assertEquals(key, Regions.resolve(text).key());
    }

    @Test
    void allEighteenRegionsAreKnown() {
        assertEquals(18, Regions.ALL.size());
    }

    @Test
    void unknownRegionSaysWhatToUse() {
        ConfigException e = assertThrows(ConfigException.class, () -> Regions.resolve("mars_north_1"));
        assertTrue(e.getMessage().contains("Unknown region 'mars_north_1'"), e.getMessage());
        assertTrue(e.getMessage().contains("eu_west_1"));
    }

    @Test
    void regionGivesApiAndLoginHosts() throws Exception {
        Endpoints e = Endpoints.of(settings("eu_west_1", null));
        assertEquals("https://api.mypurecloud.ie", e.api().toString());
        assertEquals("https://login.mypurecloud.ie", e.login().toString());
    }

    @Test
    void loginFollowsTheApiHost() throws Exception {
        assertEquals("https://login.example.org:8443", Endpoints.of(settings(null, "https://api.example.org:8443")).login().toString());
        assertEquals("http://127.0.0.1:9999", Endpoints.of(settings(null, "http://127.0.0.1:9999/")).login().toString());
    }

    @Test
    void plainHttpOnlyForLoopback() throws Exception {
        assertEquals("http://localhost:8080", Endpoints.of(settings(null, "http://localhost:8080")).login().toString());
        assertEquals("http://[::1]:8080", Endpoints.of(settings(null, "http://[::1]:8080")).login().toString());
        assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "http://localhost.evil.com")));
        assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "http://127.0.0.1.nip.io")));
        ConfigException e = assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "http://api.example.org")));
        assertTrue(e.getMessage().contains("plain http"), e.getMessage());
        assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "http://10.0.0.5:8080")));
        assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "ftp://x")));
        assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, "not a url")));
    }

    @Test
    void missingRegionIsExplained() {
        ConfigException e = assertThrows(ConfigException.class, () -> Endpoints.of(settings(null, null)));
        assertTrue(e.getMessage().contains("GENESYS_REGION"), e.getMessage());
    }

    private static Settings settings(String region, String baseUrl) {
        return new Settings(region, baseUrl, null, "id", Secret.of("x"), List.of(), null, null, null, null, null, false);
    }
}
