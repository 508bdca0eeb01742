package org.qualitywatch.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A QA lead creates a sampling plan on 抽检计划, previews a week and runs it. */
class SamplingBrowserIT extends BrowserTest {

    private static void choose(Page page, String testId, String value) {
        // click the select itself (its placeholder covers the input), type, Enter creates the tag
        page.getByTestId(testId).click();
        Locator input = page.getByTestId(testId).locator("input");
        input.pressSequentially(value);
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(value))
                .first().click();
        page.getByTestId("sampling-name").click(); // closes the drop-down (Escape would close the dialog)
    }

    @Test
    void createPreviewAndRunAPlan() throws Exception {
        SamplingIT.population();
        Page page = browser.newPage(1440, 900);
        page.setDefaultTimeout(20_000);
        Browser.login(page, "qalead");
        page.navigate(TestEnvironment.baseUrl() + "/qa/sampling");
        assertThat(page.getByTestId("sampling-plans")).isVisible();

        page.getByTestId("sampling-new").click();
        page.getByTestId("sampling-name").fill("浏览器抽检 " + SamplingIT.tag);
        choose(page, "sampling-teams", SamplingIT.teamA);
        choose(page, "sampling-teams", SamplingIT.teamB);
        choose(page, "sampling-monitors", "monitor");
        page.getByTestId("sampling-seed").fill("seed-" + SamplingIT.tag);
        page.getByTestId("sampling-save").click();
        assertThat(page.locator(".el-message--success").filter(new Locator.FilterOptions().setHasText("计划已保存")).first())
                .isVisible();

        Locator period = page.getByTestId("sampling-period").locator("input");
        period.fill(SamplingIT.WEEK);
        period.press("Enter");
        page.getByTestId("sampling-preview").click();
        Locator strata = page.getByTestId("sampling-strata");
        assertThat(strata).containsText("宽带"); // stratified by business line, the default
        assertThat(page.getByTestId("sampling-preview-summary")).containsText("抽中 11 通");
        assertThat(page.getByTestId("sampling-preview-calls")).containsText("必抽：关键词");
        Browser.screenshot(page, "sampling-preview");

        page.getByTestId("sampling-run").click();
        assertThat(page.locator(".el-message--success").filter(new Locator.FilterOptions().setHasText("已生成 11 个质检任务"))
                .first()).isVisible();
        assertThat(page.getByTestId("sampling-runs")).containsText("2025-06-02");
        assertThat(page.getByTestId("sampling-run-tasks")).containsText("坐席配额");
    }
}
