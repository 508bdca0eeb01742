package org.qualitywatch.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An administrator backfills an archive folder from the ingest page and watches it finish. */
class IngestBrowserIT extends BrowserTest {

    @Test
    void backfillAnArchiveFromTheIngestPage() throws Exception {
        // an archive on the server's file system: loose files with JSON sidecars in dated folders
        Path archive = Files.createDirectories(Path.of("target", "archive-" + Recordings.newCallId()).toAbsolutePath());
        String[] callIds = new String[3];
        for (int i = 0; i < callIds.length; i++) {
            callIds[i] = Recordings.newCallId();
            Path day = Files.createDirectories(archive.resolve("2026/10/2" + i));
            TestAudio.stereoCall(day, callIds[i] + ".wav", 2);
            ObjectNode metadata = Recordings.metadata(callIds[i], "1006");
            Files.writeString(day.resolve(callIds[i] + ".json"), metadata.toString());
        }

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "admin");
        page.getByTestId("nav-ingest").click();
        page.getByTestId("ingest-backfill-root").fill(archive.toString());
        page.getByTestId("ingest-backfill-start").click();
        Locator job = page.locator("[data-testid=backfill-row][data-status=DONE]").first();
        assertThat(job).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(30_000));
        assertThat(job).containsText("3");
        Browser.screenshot(page, "ingest-backfill-done");

        ApiClient admin = ApiClient.loggedIn("admin");
        for (String callId : callIds) {
            Recordings.findByCallId(admin, callId, Duration.ofSeconds(60));
        }

        page.getByTestId("ingest-backfill-root").fill("/no/such/folder");
        page.getByTestId("ingest-backfill-start").click();
        assertThat(page.getByTestId("ingest-backfill-error")).containsText("not a readable directory");
    }
}
