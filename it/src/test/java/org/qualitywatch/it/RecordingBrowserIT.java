package org.qualitywatch.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A QA monitor finds a call by a phrase of its transcript and plays it from the hit. */
class RecordingBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void findACallByATranscriptPhraseAndPlayItFromTheHit() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String callId = Recordings.newCallId();
        String phrase = "机顶盒重启" + callId.substring(3, 7) + "次还是没有信号";
        ObjectNode metadata = Recordings.metadata(callId, "1006");
        Recordings.transcript(metadata, List.of(
                new Object[]{"AGENT", 0.3, 4.0, "您好很高兴为您服务请问有什么可以帮您"},
                new Object[]{"CUSTOMER", 6.0, 11.0, phrase}));
        long id = Recordings.upload(admin, TestAudio.stereoCall(dir, callId + ".wav", 12), metadata)
                .json().get("id").asLong();
        Recordings.waitForStatus(admin, id, "INDEXED");
        Recordings.findByCallId(admin, callId, Duration.ofSeconds(20));

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "monitor");
        page.getByTestId("nav-recordings").click();
        page.getByTestId("recordings-search-input").fill(phrase);
        page.getByTestId("recordings-search-submit").click();
        Locator hit = page.getByTestId("recording-hit").first();
        assertThat(hit).isVisible();
        assertEquals("6", hit.getAttribute("data-start").replaceAll("\\.0+$", ""));
        Browser.screenshot(page, "recordings-search-hit");

        hit.click();
        assertThat(page.getByTestId("recording-detail")).isVisible();
        assertTrue(page.url().contains("/recordings/" + id), page.url());
        assertThat(page.getByTestId("transcript-line")).hasCount(2);
        page.getByTestId("player-play").click();
        page.waitForCondition(() -> {
            String current = page.getByTestId("player-time").getAttribute("data-current");
            return current != null && Double.parseDouble(current) > 6.3;
        }, new Page.WaitForConditionOptions().setTimeout(20_000));
        assertThat(page.locator("[data-testid=transcript-line].active")).containsText(phrase.substring(0, 5));
        Browser.screenshot(page, "recording-detail-playing");
        assertTrue(RecordingIngestIT.auditCount("RECORDING_PLAYED", id) >= 1, "the play is in the audit trail");
    }
}
