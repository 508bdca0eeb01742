package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator edits the work-order rules page: lengthens the contact deadline, is told why a
 * deadline that cannot be read is refused (and keeps the edit), adds a holiday, and puts both documents
 * back to the defaults through the page.
 */
class WorkOrderRulesBrowserIT extends BrowserTest {

    private static final String[] EDITED_KINDS = {"deadlines", "calendar"};

    @BeforeEach
    void startFromTheDefaults() {
        defaults();
    }

    @AfterEach
    void leaveTheDefaults() {
        defaults();
    }

    /** Puts the documents this test edits back to the defaults (also after a failed run). */
    private static void defaults() {
        ApiClient admin = ApiClient.loggedIn("admin");
        for (String kind : EDITED_KINDS) {
            ApiClient.Response response = admin.get("/api/work-order-rules/" + kind);
            if (response.status() != 200) {
                throw new AssertionError("GET " + kind + " rules: " + response);
            }
            JsonNode doc = response.json();
            if (doc.path("customized").asBoolean()) {
                ApiClient.Response reset = admin.delete("/api/work-order-rules/" + kind + "?version="
                        + doc.get("version").asLong());
                if (reset.status() != 200) {
                    throw new AssertionError("reset of the " + kind + " rules: " + reset);
                }
            }
        }
    }

    private static Locator successMessage(Page page, String text) {
        return page.locator(".el-message--success").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /** Clicks "恢复默认" in a panel and confirms the dialog. */
    private static void resetThroughThePage(Page page, Locator panel) {
        panel.getByTestId("rules-reset").click();
        // the confirm button of the ElMessageBox (the last one: a closing box may still be fading out)
        page.locator(".qw-rules-confirm-reset").last().click();
        assertThat(panel).hasAttribute("data-customized", "false");
        assertThat(successMessage(page, "已恢复默认")).isVisible();
    }

    @Test
    void editTheContactDeadlineAndAHolidayThenResetBoth() {
        Page page = browser.newPage(1440, 900);
        Browser.login(page, "admin");
        page.navigate("/admin/work-order-rules");

        // deadline rules: the contact clock goes from 20 to 30 minutes
        page.getByTestId("rules-tab-deadlines").click();
        Locator deadlines = page.getByTestId("rules-panel-deadlines");
        Locator contactLimit = deadlines.locator("[data-testid=rule-limit-input][data-stage=CONTACT]").first();
        assertThat(contactLimit).hasValue("20分钟");
        assertThat(deadlines).hasAttribute("data-customized", "false");
        assertThat(deadlines.getByTestId("rules-save")).isDisabled();
        contactLimit.fill("30分钟");
        assertThat(deadlines).hasAttribute("data-dirty", "true");
        deadlines.getByTestId("rules-save").click();
        assertThat(successMessage(page, "已保存")).isVisible();
        assertThat(successMessage(page, "已重新计算")).isVisible();
        assertThat(deadlines).hasAttribute("data-dirty", "false");
        assertThat(deadlines).hasAttribute("data-customized", "true");

        page.reload();
        assertThat(page).hasURL(Pattern.compile("tab=deadlines"));
        assertThat(contactLimit).hasValue("30分钟");
        assertThat(deadlines.getByTestId("rules-customized")).isVisible();

        // a deadline the server cannot read: the problem's detail is shown and the edit stays
        contactLimit.fill("abc");
        deadlines.getByTestId("rules-save").click();
        Locator error = deadlines.getByTestId("rules-error");
        assertThat(error).containsText("abc");
        assertThat(error).containsText(Pattern.compile("limit|时限"));
        assertThat(contactLimit).hasValue("abc");
        assertThat(deadlines).hasAttribute("data-dirty", "true");
        Browser.screenshot(page, "work-order-rules-invalid-limit");
        deadlines.getByTestId("rules-discard").click();
        assertThat(contactLimit).hasValue("30分钟");
        assertThat(deadlines).hasAttribute("data-dirty", "false");

        // holiday calendar: add 2026-12-31
        page.getByTestId("rules-tab-calendar").click();
        Locator calendar = page.getByTestId("rules-panel-calendar");
        Locator newYearsEve = calendar.locator("[data-testid=holiday-row][data-date='2026-12-31']");
        assertThat(calendar.getByTestId("calendar-add")).isVisible();
        assertThat(newYearsEve).hasCount(0);
        calendar.getByTestId("calendar-add").click();
        Locator date = page.getByTestId("holiday-dialog-date").locator("input");
        date.fill("2026-12-31");
        date.press("Enter");
        page.getByTestId("holiday-dialog-name").fill("测试假日");
        page.getByTestId("holiday-dialog-confirm").click();
        assertThat(newYearsEve).hasAttribute("data-kind", "HOLIDAY");
        calendar.getByTestId("rules-save").click();
        assertThat(calendar).hasAttribute("data-dirty", "false");
        assertThat(calendar).hasAttribute("data-customized", "true");
        assertThat(successMessage(page, "已保存")).isVisible();

        page.reload();
        assertThat(page).hasURL(Pattern.compile("tab=calendar"));
        assertThat(newYearsEve).hasAttribute("data-name", "测试假日");
        assertThat(newYearsEve).hasAttribute("data-kind", "HOLIDAY");
        Browser.screenshot(page, "work-order-rules-calendar");

        // both back to the defaults through the page
        resetThroughThePage(page, calendar);
        assertThat(newYearsEve).hasCount(0);

        page.getByTestId("rules-tab-deadlines").click();
        assertThat(contactLimit).hasValue("30分钟");
        resetThroughThePage(page, deadlines);
        assertThat(contactLimit).hasValue("20分钟");
        assertThat(deadlines.getByTestId("rules-default")).isVisible();
    }
}
