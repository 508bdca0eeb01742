package org.qualitywatch.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager imports an export, opens an overdue order, plays its call and acts on the order. */
class WorkOrderBrowserIT {

    private static Browser browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void importOpenAnOverdueOrderPlayItsCallAndRecordTheContact() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String callId = Recordings.newCallId();
        long recordingId = Recordings.upload(admin, TestAudio.stereoCall(dir, callId + ".wav", 6),
                Recordings.metadata(callId, "1006")).json().get("id").asLong();
        Recordings.waitForStatus(admin, recordingId, "INDEXED");
        String number = "UI-" + callId.substring(3);
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n"
                + number + ",2026-11-10 09:00:00,96195热线,杨帆(1006),数字电视,报修,网络质量,数字电视,无信号,于洪区,13800001111,"
                + "电视无信号,于洪维护站,2026-11-10 09:05:00,,处理中," + callId + "\n", StandardCharsets.UTF_8);

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        page.navigate("/work-orders/import");
        page.getByTestId("import-file").setInputFiles(csv);
        page.getByTestId("import-submit").click();
        assertThat(page.getByTestId("import-counts")).hasAttribute("data-created", "1",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        Browser.screenshot(page, "workorders-import");

        page.navigate("/work-orders?overdue=true&q=" + number);
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
        Browser.screenshot(page, "workorder-detail");
        assertTrue(RecordingIngestIT.auditCount("RECORDING_PLAYED", recordingId) >= 1);
    }
}
