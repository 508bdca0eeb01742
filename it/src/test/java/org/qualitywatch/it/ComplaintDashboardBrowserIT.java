package org.qualitywatch.it;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager opens the complaint dashboard, drills from a source's count to its case, comes back and exports the tally. */
class ComplaintDashboardBrowserIT extends BrowserTest {

    @BeforeAll
    static void fixture() throws Exception {
        ComplaintDashboardIT.fixture();
    }

    @Test
    void aManagerDrillsFromASourceToItsCaseAndExportsTheTally() {
        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        page.navigate("/complaints/dashboard?from=2024-03-01&to=2024-07-31&district=" + ComplaintDashboardIT.enc(ComplaintDashboardIT.A));
        // 测试甲区 in the period: #1 (12345), #3 and #7 (hotline), #4 (regulator)
        assertThat(page.getByTestId("cd-kpi-total-value")).hasText("4");
        assertThat(page.getByTestId("cd-kpi-overdue-value")).hasText("2");
        assertThat(page.getByTestId("cd-chart-source").locator("canvas")).isVisible();
        assertThat(page.getByTestId("cd-bySource-HOTLINE")).hasText("2");
        Browser.screenshot(page, "complaint-dashboard");

        page.getByTestId("cd-bySource-CITY_12345").click();
        page.waitForURL(url -> url.contains("/complaints?") && url.contains("source=CITY_12345"));
        assertThat(page.getByTestId("complaints-total")).hasAttribute("data-total", "1");
        assertThat(page.getByTestId("complaint-row")).hasCount(1);
        assertThat(page.locator("[data-testid=complaint-row][data-external-ref=ITCD-01]")).isVisible();
        Browser.screenshot(page, "complaint-drill-down");
        page.getByTestId("complaint-open").first().click();
        assertThat(page.getByTestId("complaint-detail")).containsText("网速慢");

        page.goBack();
        page.goBack();
        assertThat(page.getByTestId("cd-kpi-total-value")).hasText("4");
        Download download = page.waitForDownload(() -> page.getByTestId("cd-export-bySource").first().click());
        assertTrue(download.suggestedFilename().startsWith("complaint-bySource-2024-03-01_2024-07-31"), download.suggestedFilename());
        assertEquals(null, download.failure());
    }

    @Test
    void theRatePageShowsRatesAndTheEditors() {
        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        page.navigate("/complaints/rates");
        assertThat(page.getByTestId("cr-table")).isVisible();
        assertThat(page.getByTestId("cr-quarters")).isVisible();
        assertThat(page.getByTestId("cr-subscribers")).isVisible();
        assertThat(page.getByTestId("cr-save-targets")).isVisible();
        Browser.screenshot(page, "complaint-rates");
    }
}
