package org.qualitywatch.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A public supervisor (孙丽) writes a 营业厅暗访 report on her phone with a photo and submits it; a manager
 * raises it as a finding to 于洪维护站, which creates a supervision order; the station's handler replies and
 * the manager accepts the reply, which answers the report; back on the phone the supervisor reads the answer
 * and rates it 满意, which closes the report.
 */
class PublicSupervisionBrowserIT extends BrowserTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static void choose(Page page, String testId, String text) {
        page.getByTestId(testId).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(text))
                .first().click();
    }

    @Test
    void supervisorReportsOnThePhoneStaffHandleItAndTheSupervisorRatesTheAnswer() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String place = "于洪区营业厅 " + tag;
        String replyText = "已对营业厅窗口人员进行培训并调整排班 " + tag;

        // ---- the supervisor, on a phone: lands on the portal and writes a report ----
        Page phone = browser.newPage(390, 844);
        Browser.login(phone, "supervisor");
        assertThat(phone.getByTestId("portal-home")).isVisible();
        assertThat(phone.getByTestId("nav-supervision-reports")).hasCount(0);
        assertThat(phone.getByTestId("nav-supervision-orders")).hasCount(0);
        Browser.screenshot(phone, "portal-home");

        phone.getByTestId("portal-new-report").click();
        phone.getByTestId("portal-new-SERVICE_HALL").click();
        Locator editor = phone.getByTestId("portal-editor");
        assertThat(editor).isVisible();
        String reportId = phone.getByTestId("portal-report-page").getAttribute("data-id");
        assertNotNull(reportId);

        editor.getByTestId("portal-place").fill(place);
        String visitedAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        editor.getByTestId("portal-visited-at").fill(visitedAt);

        Locator items = editor.locator("[data-code][data-required=true]");
        int count = items.count();
        for (int i = 0; i < count; i++) {
            Locator item = items.nth(i);
            switch (item.getAttribute("data-kind")) {
                case "RATING" -> item.locator(".el-rate__item").nth(3).click();
                case "YES_NO" -> item.getByTestId("portal-item-yes").click();
                default -> item.getByTestId("portal-item-text").fill("窗口排队约二十分钟 " + tag);
            }
        }
        editor.getByTestId("portal-overall-rating").locator(".el-rate__item").nth(2).click();
        editor.getByTestId("portal-narrative")
                .fill("工作日上午暗访，取号后等候较久，工作人员态度尚可。" + tag);

        Path photo = Files.createTempFile("qw-supervision-photo-", ".png");
        Files.write(photo, PNG);
        editor.getByTestId("report-attachment-input").setInputFiles(photo);
        assertThat(editor.getByTestId("attachment-thumb")).hasCount(1);
        Files.deleteIfExists(photo);

        editor.getByTestId("portal-save").click();
        assertThat(phone.getByTestId("portal-save-state")).not().isEmpty();
        Browser.screenshot(phone, "portal-report-draft");

        phone.getByTestId("portal-submit").click();
        phone.locator(".qw-portal-submit-confirm").click();
        assertThat(phone.getByTestId("portal-report-status")).hasAttribute("data-status", "SUBMITTED");
        assertThat(phone.getByTestId("portal-view-place")).hasText(place);
        Browser.screenshot(phone, "portal-report-submitted");

        // ---- the manager, on a desktop: opens the report and raises it as a finding to 于洪维护站 ----
        Page desk = browser.newPage(1440, 900);
        Browser.login(desk, "manager");
        desk.getByTestId("nav-supervision-reports").click();
        Locator row = desk.locator("[data-testid=sup-report-row][data-id='" + reportId + "']");
        assertThat(row).hasCount(1);
        assertThat(row).hasAttribute("data-status", "SUBMITTED");
        Browser.screenshot(desk, "supervision-reports");
        row.getByTestId("sup-report-open").click();
        assertThat(desk.getByTestId("sup-report-status")).hasAttribute("data-status", "SUBMITTED");
        assertThat(desk.getByTestId("sup-report-place")).hasText(place);
        assertThat(desk.getByTestId("attachment-thumb")).hasCount(1);
        assertThat(desk.getByTestId("report-answer").first()).isVisible();

        desk.getByTestId("triage-FINDING").click();
        choose(desk, "triage-department", "于洪维护站");
        desk.getByTestId("triage-matter").fill("社会监督：营业厅排队时间长 " + tag);
        desk.getByTestId("triage-note").fill("请于洪维护站核实排班");
        Browser.screenshot(desk, "supervision-report-triage");
        desk.getByTestId("triage-submit").click();
        Locator orderLink = desk.getByTestId("sup-report-order-link");
        assertThat(orderLink).isVisible();
        assertThat(desk.getByTestId("sup-report-triage")).hasAttribute("data-triage", "FINDING");
        assertThat(desk.getByTestId("sup-report-status")).hasAttribute("data-status", "IN_HANDLING");
        String orderId = orderLink.getAttribute("data-id");

        // ---- the station's handler replies on the supervision order ----
        Page station = browser.newPage(1440, 900);
        Browser.login(station, "handler");
        station.getByTestId("nav-supervision-orders").click();
        Locator orderRow = station.locator("[data-testid=supervision-row][data-id='" + orderId + "']");
        assertThat(orderRow).hasCount(1);
        orderRow.getByTestId("supervision-open").click();
        assertThat(station.getByTestId("supervision-lead-department")).hasText("于洪维护站");
        station.getByTestId("supervision-reply-text").fill(replyText);
        station.getByTestId("supervision-reply-submit").click();
        assertThat(station.getByTestId("supervision-status")).hasAttribute("data-status", "REPLIED");

        // ---- the manager accepts the reply: the report is answered with it ----
        orderLink.click();
        assertThat(desk.getByTestId("supervision-status")).hasAttribute("data-status", "REPLIED");
        desk.getByTestId("supervision-comment").fill("同意办结");
        desk.getByTestId("supervision-accept").click();
        assertThat(desk.getByTestId("supervision-status")).hasAttribute("data-status", "ACCEPTED");
        desk.navigate("/supervision/reports/" + reportId);
        assertThat(desk.getByTestId("sup-report-status")).hasAttribute("data-status", "ANSWERED");
        assertThat(desk.getByTestId("sup-report-answer")).containsText(replyText);

        // ---- back on the phone: the supervisor reads the answer and is satisfied ----
        phone.navigate("/portal");
        Locator card = phone.locator("[data-testid=portal-report][data-id='" + reportId + "']");
        assertThat(card).hasAttribute("data-status", "ANSWERED");
        assertThat(card.getByTestId("portal-report-rate-hint")).isVisible();
        Browser.screenshot(phone, "portal-answered");
        card.click();
        assertThat(phone.getByTestId("portal-answer-text")).containsText(replyText);
        phone.getByTestId("portal-rate-satisfied").click();
        phone.getByTestId("portal-rate-submit").click();
        assertThat(phone.getByTestId("portal-rating")).hasAttribute("data-rating", "SATISFIED");
        assertThat(phone.getByTestId("portal-report-status")).hasAttribute("data-status", "CLOSED");
        assertThat(phone.getByTestId("portal-rating-form")).hasCount(0);
        Browser.screenshot(phone, "portal-rated");

        ApiClient manager = ApiClient.loggedIn("manager");
        var staff = manager.get("/api/public-supervision/reports/" + reportId).json();
        assertEquals("CLOSED", staff.get("report").get("status").asText());
        assertEquals("SATISFIED", staff.get("report").get("rating").asText());
    }
}
