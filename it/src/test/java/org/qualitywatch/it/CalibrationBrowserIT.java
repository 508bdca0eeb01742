package org.qualitywatch.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A monitor scores a calibration call in the page; a lead opens the QA reports and sees the charts. */
class CalibrationBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void aMonitorScoresACalibrationCall() throws Exception {
        ApiClient lead = ApiClient.loggedIn("qalead");
        long call = CalibrationIT.upload(lead, dir);
        ApiClient.Response created = lead.post("/api/calibration/sessions", Map.of("name", "浏览器校准",
                "recordingIds", List.of(call), "participants", List.of("monitor", "qalead"), "referenceUser", "qalead"));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "monitor");
        page.navigate("/qa/calibration");
        page.getByTestId("calibration-session-" + id).click();
        assertThat(page.getByTestId("session-name")).hasText("浏览器校准");
        page.getByTestId("score-" + call).click();
        Locator form = page.getByTestId("scorecard-form");
        assertThat(form).isVisible();
        // the form starts at full marks: patience 3 of 5 costs 8 of its 20 points
        Locator patience = page.getByTestId("scale-patience").locator("input");
        patience.fill("3");
        patience.blur();
        page.getByTestId("scoring-submit").click();
        assertThat(page.getByTestId("my-score-" + call)).hasText("92");
        Browser.screenshot(page, "calibration-scored");
    }

    @Test
    void theReportsPageShowsItsCharts() {
        Page page = browser.newPage(1440, 900);
        Browser.login(page, "qalead");
        page.navigate("/qa/reports");
        assertThat(page.getByTestId("qa-distribution-chart").locator("canvas")).isVisible();
        assertThat(page.getByTestId("qa-trend-chart").locator("canvas")).isVisible();
        assertThat(page.getByTestId("qa-groups")).isVisible();
        assertThat(page.getByTestId("qa-export")).hasAttribute("href", java.util.regex.Pattern.compile("export\\.xlsx"));
        Browser.screenshot(page, "qa-reports");
    }
}
