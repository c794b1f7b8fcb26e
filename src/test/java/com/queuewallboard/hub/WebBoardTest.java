package com.queuewallboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web board in a headless browser (HtmlUnit runs its JavaScript and DOM) against a real hub.
 * HtmlUnit has no working EventSource, so the page runs with {@code ?transport=manual}: it loads
 * its first figures with a real request to the hub, and the test hands it further events through
 * the very function the stream's onmessage calls. The stream itself is covered by
 * HubServerTest and, in a real browser, by assets/web-board-screenshot.sh.
 */
class WebBoardTest {
    @TempDir
    Path home;
    private HubFixture hub;
    private WebClient browser;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(home, HubConfig.loopback());
        browser = new WebClient(BrowserVersion.CHROME);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setPrintContentOnFailingStatusCode(false);
        browser.getOptions().setCssEnabled(true);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
        if (hub != null) hub.close();
    }

    private HtmlPage open(String key) throws Exception {
        return browser.getPage(hub.base() + "/?transport=manual#key=" + key);
    }

    /** Lets the page's scripts and requests run until the condition holds (10 s at most). */
    private void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for: " + what);
            browser.waitForBackgroundJavaScriptStartingBefore(50);
        }
    }

    private static List<DomElement> tiles(HtmlPage page) {
        return page.getElementById("tiles").getChildElements().iterator().hasNext()
                ? page.<DomElement>getByXPath("//div[contains(concat(' ', @class, ' '), ' tile ')]") : List.of();
    }

    private static String classes(DomElement e) {
        return " " + e.getAttribute("class") + " ";
    }

    private static DomElement child(DomElement tile, String cls) {
        return tile.<DomElement>getByXPath(".//*[contains(concat(' ', @class, ' '), ' " + cls + " ')]").get(0);
    }

    @Test
    void tilesAppearWithTheHubsFigures() throws Exception {
        HtmlPage page = open(hub.key.value());
        JsonNode doc = HubJson.MAPPER.readTree(hub.events.latest().json());
        await(() -> !tiles(page).isEmpty(), "tiles");
        List<DomElement> tiles = tiles(page);
        assertTrue(tiles.size() >= 1 && tiles.size() <= doc.get("queues").size());
        // more queues than fit: pages, and the board says which one is on show
        boolean paged = tiles.size() < doc.get("queues").size();
        assertEquals(paged, !page.getElementById("page-indicator").hasAttribute("hidden"));
        if (paged) assertTrue(page.getElementById("page-indicator").getTextContent().startsWith("Page 1/"));
        JsonNode first = doc.get("queues").get(0);
        assertEquals(first.get("queueName").asText(), child(tiles.get(0), "tile-name").getTextContent());
        assertEquals(first.get("waitingCalls").asText(), child(tiles.get(0), "tile-waiting-value").getTextContent());
        assertEquals(first.get("queueId").asText(), tiles.get(0).getAttribute("data-queue-id"));
        assertTrue(page.getElementById("connection").getTextContent().startsWith("Live"));
        assertFalse(page.getElementById("demo-badge").hasAttribute("hidden"));
        await(() -> "Team huddle at 3".equals(page.getElementById("team-message").getTextContent()), "team message");
    }

    @Test
    void aTileTurnsRedOnAnEventWithMoreWaitingThanAvailable() throws Exception {
        HtmlPage page = open(hub.key.value());
        await(() -> !tiles(page).isEmpty(), "tiles");
        ObjectNode doc = (ObjectNode) HubJson.MAPPER.readTree(hub.events.latest().json());
        ObjectNode q = (ObjectNode) doc.get("queues").get(0);
        q.put("status", "ok").put("alertLevel", "NORMAL").put("waitingCalls", 0).put("availableAgents", 4);
        receive(page, doc);
        DomElement tile = tiles(page).get(0);
        assertFalse(classes(tile).contains(" alert "), classes(tile));
        assertEquals("0", child(tile, "tile-waiting-value").getTextContent());

        // the document's level says NORMAL, but 7 waiting for 2 free is red on every board
        q.put("waitingCalls", 7).put("availableAgents", 2);
        receive(page, doc);
        tile = tiles(page).get(0);
        assertTrue(classes(tile).contains(" alert "), classes(tile));
        assertEquals("ALERT", child(tile, "tile-badge").getTextContent());
        assertEquals("7", child(tile, "tile-waiting-value").getTextContent());

        q.put("waitingCalls", 1).put("alertLevel", "WARNING");
        receive(page, doc);
        tile = tiles(page).get(0);
        assertTrue(classes(tile).contains(" warning ") && !classes(tile).contains(" alert "), classes(tile));
        assertEquals("WARNING", child(tile, "tile-badge").getTextContent());
    }

    @Test
    void figuresTurnStaleWithTheirAgeAndTheHubIsSaidUnreachable() throws Exception {
        HtmlPage page = open(hub.key.value());
        await(() -> !tiles(page).isEmpty(), "tiles");
        ObjectNode doc = (ObjectNode) HubJson.MAPPER.readTree(hub.events.latest().json());
        doc.put("asOf", "2026-11-26T10:00:00Z");
        ObjectNode q = (ObjectNode) doc.get("queues").get(0);
        JsonNode figures = q.deepCopy();
        q.put("status", "noData").putNull("waitingCalls").putNull("availableAgents");
        page.executeJavaScript("QueueWallboard.clock = function () { return Date.parse('2026-11-26T10:00:01Z'); };");
        receive(page, doc);
        assertEquals("NO DATA", child(tiles(page).get(0), "tile-badge").getTextContent());
        assertTrue(classes(tiles(page).get(0)).contains(" no-data "));
        assertEquals("\u2014", child(tiles(page).get(0), "tile-waiting-value").getTextContent());
        ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("queues")).set(0, figures);
        receive(page, doc);
        assertFalse(classes(tiles(page).get(0)).contains(" stale "));
        // the stream drops; within the freshness window (2 refreshes = 20 s) figures still count
        page.executeJavaScript("QueueWallboard.clock = function () { return Date.parse('2026-11-26T10:00:11Z'); };"
                + "QueueWallboard.lost();");
        assertTrue(page.getElementById("connection").getTextContent().startsWith("Hub unreachable"));
        assertFalse(classes(tiles(page).get(0)).contains(" stale "));
        page.executeJavaScript("QueueWallboard.clock = function () { return Date.parse('2026-11-26T10:01:31Z'); };"
                + "QueueWallboard.render();");
        DomElement tile = tiles(page).get(0);
        assertTrue(classes(tile).contains(" stale "), classes(tile));
        assertEquals("STALE 1m", child(tile, "tile-badge").getTextContent());
        assertTrue(page.getElementById("sum-queues").getTextContent().startsWith("STALE"));
        // the hub's own Genesys trouble is another message
        doc.put("genesysState", "retrying");
        receive(page, doc);
        assertTrue(page.getElementById("connection").getTextContent().startsWith("Genesys: retrying"));
    }

    @Test
    void aWrongKeyShowsAccessRefused() throws Exception {
        HtmlPage page = open("not-the-key");
        await(() -> !page.getElementById("refused").hasAttribute("hidden"), "the access refused screen");
        assertTrue(page.getElementById("refused").getTextContent().contains("ACCESS REFUSED"));
        assertTrue(page.getElementById("board").hasAttribute("hidden"));
        assertTrue(tiles(page).isEmpty());
    }

    private void receive(HtmlPage page, JsonNode doc) {
        page.executeJavaScript("QueueWallboard.receive(" + HubJson.MAPPER.valueToTree(doc.toString()) + ");");
    }
}
