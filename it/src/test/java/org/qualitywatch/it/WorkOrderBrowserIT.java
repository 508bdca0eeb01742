package org.qualitywatch.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager imports an export, opens an overdue complaint, plays its call and records the contact and
 * return receipt; the callback agent calls the customer back, who is dissatisfied: the order reopens.
 */
class WorkOrderBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void importOpenAnOverdueOrderPlayItsCallAndACallbackReopensIt() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String callId = Recordings.newCallId();
        long recordingId = Recordings.upload(admin, TestAudio.stereoCall(dir, callId + ".wav", 6),
                Recordings.metadata(callId, "1006")).json().get("id").asLong();
        Recordings.waitForStatus(admin, recordingId, "INDEXED");
        String number = "UI-" + callId.substring(3);
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n"
                + number + ",2026-11-10 09:00:00,96195热线,杨帆(1006),数字电视,投诉,用户服务,数字电视,维修人员态度,于洪区,13800001111,"
                + "投诉维修人员态度差,于洪维护站,2026-11-10 09:05:00,,处理中," + callId + "\n", StandardCharsets.UTF_8);

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        page.navigate("/work-orders/import");
        page.getByTestId("import-file").setInputFiles(csv);
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("import-counts")).hasAttribute("data-created", "1",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        Browser.screenshot(page, "workorders-import");

        WorkOrders.searchUntilTotal(admin, "overdue=true&q=" + number, 1); // the text search follows the import
        page.navigate("/work-orders?overdue=true&q=" + number);
        assertThat(page.getByTestId("workorder-row")).hasCount(1); // the text search found it
        page.getByTestId("workorder-row").first().click();
        assertThat(page.getByTestId("workorder-detail")).isVisible();
        assertThat(page.getByTestId("workorder-overdue").first()).isVisible();
        assertThat(page.getByTestId("timeline-event")).hasCount(2);

        page.getByTestId("workorder-recording").first().click();
        page.getByTestId("player-play").click();
        page.waitForCondition(() -> {
            String current = page.getByTestId("player-time").getAttribute("data-current");
            return current != null && Double.parseDouble(current) > 0.5;
        }, new Page.WaitForConditionOptions().setTimeout(20_000));

        page.locator("[data-testid=workorder-action][data-action=CONTACT]").click();
        page.getByTestId("action-submit").click();
        assertThat(page.getByTestId("workorder-status")).containsText(
                java.util.regex.Pattern.compile("已联系|CONTACTED"));
        assertThat(page.getByTestId("timeline-event")).hasCount(3);
        page.locator("[data-testid=workorder-action][data-action=RESOLVE]").click();
        page.getByTestId("action-submit").click();
        assertThat(page.getByTestId("timeline-event")).hasCount(4);
        Browser.screenshot(page, "workorder-detail");
        assertTrue(RecordingIngestIT.auditCount("RECORDING_PLAYED", recordingId) >= 1);

        // complaints are always called back: the callback agent finds it and records a dissatisfied customer
        Page callback = browser.newPage(1440, 900);
        Browser.login(callback, "callback");
        callback.getByTestId("nav-callbacks").click();
        com.microsoft.playwright.Locator row = callback.locator("[data-testid=callback-row]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(number));
        row.getByTestId("callback-open").click();
        callback.getByTestId("callback-satisfaction-2").click();
        callback.getByTestId("callback-comment").fill("维修人员态度还是不好");
        callback.getByTestId("callback-submit").click();
        assertThat(callback.getByTestId("callback-reopened")).isVisible();
        Browser.screenshot(callback, "callback-reopened");

        page.reload();
        assertThat(page.locator("[data-testid=timeline-event][data-kind=REOPENED]")).hasCount(1);
        assertThat(page.getByTestId("workorder-status")).containsText(
                java.util.regex.Pattern.compile("已派单|DISPATCHED"));

        // the department gets a notification that leads to the reopened order
        Page handler = browser.newPage(1440, 900);
        Browser.login(handler, "handler");
        assertThat(handler.getByTestId("notification-count")).containsText(java.util.regex.Pattern.compile("[1-9]"));
        handler.getByTestId("notification-bell").click();
        handler.locator("[data-testid=notification-item]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(number)).first().click();
        assertThat(handler.getByTestId("workorder-detail")).isVisible();
        assertThat(handler.locator("[data-testid=timeline-event][data-kind=REOPENED]")).hasCount(1);
        Browser.screenshot(handler, "department-notified");
    }
}
