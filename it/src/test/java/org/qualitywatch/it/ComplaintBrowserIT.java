package org.qualitywatch.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A complaint from the 12345 hotline, entered through the API, is found from a dashboard-style link
 * (?source=CITY_12345&from=..&to=..) and handled on its page: 受理, 责任认定 to 于洪维护站, 办结 with a
 * refund, 回复来源 with text and signer, 结案. The handling log shows every step.
 */
class ComplaintBrowserIT extends BrowserTest {

    /** Opens an el-select by its test id and clicks the visible option with this text. */
    private static void choose(Page page, String testId, String text) {
        page.getByTestId(testId).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(text))
                .first().click();
    }

    /** Clicks an allowed action on the complaint page and waits for its dialog. */
    private static Locator openAction(Page page, String action) {
        page.locator("[data-testid=complaint-action][data-action=" + action + "]").click();
        Locator dialog = page.locator("[data-testid=complaint-action-dialog][data-action=" + action + "]");
        assertThat(dialog).isVisible();
        return dialog;
    }

    private static void submitAndExpectStatus(Page page, Locator dialog, String status) {
        dialog.getByTestId("action-submit").click();
        assertThat(dialog).isHidden();
        assertThat(page.getByTestId("complaint-status")).hasAttribute("data-status", status);
    }

    @Test
    void findAComplaintFromTheDashboardLinkAndHandleItToTheEnd() {
        ApiClient manager = ApiClient.loggedIn("manager");
        String tag = Long.toString(System.nanoTime(), 36);
        String ref = "UI12345-" + tag;
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("source", "CITY_12345");
        complaint.put("externalRef", ref);
        complaint.put("receivedAt", received.toString());
        complaint.put("complainantName", "浏览器测试" + tag);
        complaint.put("complainantPhone", "139" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L)));
        complaint.put("businessLine", "BROADBAND");
        complaint.put("category1", "网络质量");
        complaint.put("category2", "宽带");
        complaint.put("category3", "断网-" + tag);
        complaint.put("district", "于洪区");
        complaint.put("description", "宽带断网三天无人处理 " + tag);
        ApiClient.Response created = manager.post("/api/complaints", complaint);
        assertEquals(200, created.status(), created.toString());
        long id = created.json().get("id").asLong();

        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        // the dashboard links with the source and a time range; the filters are read from the URL
        page.navigate("/complaints?source=CITY_12345&from=" + received.minus(5, ChronoUnit.MINUTES)
                + "&to=" + received.plus(5, ChronoUnit.MINUTES));
        Locator row = page.locator("[data-testid=complaint-row][data-external-ref='" + ref + "']");
        assertThat(row).hasCount(1);
        assertThat(row).hasAttribute("data-source", "CITY_12345");
        assertThat(row).containsText("12345市民热线");
        assertThat(row.getByTestId("complaint-escalated")).isVisible(); // 12345 is an outside source: 越级
        assertThat(page.getByTestId("filter-source")).containsText("12345市民热线");
        Browser.screenshot(page, "complaints-list");

        row.getByTestId("complaint-open").click();
        assertThat(page.getByTestId("complaint-detail")).hasAttribute("data-id", String.valueOf(id));
        assertThat(page.getByTestId("complaint-status")).hasAttribute("data-status", "RECEIVED");
        assertThat(page.locator("[data-testid=deadline-row][data-stage=ACKNOWLEDGE]")).hasCount(1);

        Locator dialog = openAction(page, "ACKNOWLEDGE");
        dialog.getByTestId("action-note").fill("已受理，联系用户");
        submitAndExpectStatus(page, dialog, "ACKNOWLEDGED");

        dialog = openAction(page, "ASSIGN");
        choose(page, "action-department", "于洪维护站");
        dialog.getByTestId("action-person").fill("张师傅");
        dialog.getByTestId("action-note").fill("线路故障，维护站负责");
        submitAndExpectStatus(page, dialog, "IN_PROGRESS");
        assertThat(page.getByTestId("complaint-department")).hasText("于洪维护站");

        dialog = openAction(page, "RESOLVE");
        dialog.getByTestId("action-note").fill("更换光猫，恢复上网");
        dialog.getByTestId("action-satisfaction-SATISFIED").click();
        page.locator("[data-testid=action-refund] input, input[data-testid=action-refund]").first().fill("30");
        submitAndExpectStatus(page, dialog, "RESOLVED");
        assertThat(page.getByTestId("complaint-refund")).hasAttribute("data-value", Pattern.compile("^30(\\.0+)?$"));

        dialog = openAction(page, "REPLY");
        dialog.getByTestId("action-reply-text").fill("经核查，线路故障已修复，退费30元，用户满意。");
        dialog.getByTestId("action-signed-by").fill("王经理");
        submitAndExpectStatus(page, dialog, "REPLIED");
        assertThat(page.getByTestId("complaint-reply-text")).containsText("退费30元");

        dialog = openAction(page, "CLOSE");
        dialog.getByTestId("action-satisfaction-SATISFIED").click();
        dialog.getByTestId("action-note").fill("回访满意，结案");
        submitAndExpectStatus(page, dialog, "CLOSED");

        for (String kind : new String[] {"RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "RESOLVED", "REPLIED", "CLOSED"}) {
            assertThat(page.locator("[data-testid=complaint-timeline] [data-testid=timeline-event][data-kind=" + kind + "]"))
                    .hasCount(1);
        }
        assertThat(page.locator("[data-testid=timeline-event][data-kind=ASSIGNED]")).containsText("于洪维护站");
        assertThat(page.locator("[data-testid=complaint-action][data-action=REOPEN]")).isVisible();
        Browser.screenshot(page, "complaint-closed");

        ApiClient.Response detail = manager.get("/api/complaints/" + id);
        assertEquals("CLOSED", detail.json().get("status").asText(), detail.toString());
        assertEquals("于洪维护站", detail.json().get("responsibleDepartment").asText());
        assertEquals(0, detail.json().get("refundAmount").decimalValue().compareTo(new java.math.BigDecimal("30")));
    }
}
