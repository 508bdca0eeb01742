package org.qualitywatch.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A manager issues a supervision order to 于洪维护站 on 督办单; the station's handler is notified, finds it
 * in the list and replies; the manager accepts the reply. A handler cannot open another station's order.
 */
class SupervisionOrderBrowserIT extends BrowserTest {

    private static void choose(Page page, String testId, String text) {
        page.getByTestId(testId).click();
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(text))
                .first().click();
    }

    @Test
    void issueReplyAndAcceptAndOtherDepartmentsOrdersStayClosed() {
        String tag = Long.toString(System.nanoTime(), 36);
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient handler = ApiClient.loggedIn("handler");

        // an order for another station: the 于洪维护站 handler may neither open it nor see it in the list
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("matter", "铁西督办 " + tag);
        other.put("deadline", Instant.now().plus(Duration.ofDays(1)).toString());
        other.put("leadDepartment", "铁西维护站");
        other.put("description", "铁西区多次投诉未处理 " + tag);
        other.put("origin", "OTHER");
        other.put("copyTo", List.of());
        ApiClient.Response issued = manager.post("/api/supervision-orders", other);
        assertEquals(200, issued.status(), issued.toString());
        long otherId = issued.json().get("order").get("id").asLong();
        ApiClient.Response forbidden = handler.get("/api/supervision-orders/" + otherId);
        assertEquals(403, forbidden.status(), forbidden.toString());
        assertTrue(forbidden.isProblem(), forbidden.toString());

        // the manager issues one to 于洪维护站 in the page (the deadline defaults to tomorrow 18:00)
        String matter = "于洪督办 " + tag;
        Page page = browser.newPage(1440, 900);
        Browser.login(page, "manager");
        page.getByTestId("nav-supervision-orders").click();
        page.getByTestId("supervision-create").click();
        Locator dialog = page.getByTestId("supervision-issue-dialog");
        assertThat(dialog).isVisible();
        dialog.getByTestId("issue-matter").fill(matter);
        dialog.getByTestId("issue-issuing-phone").fill("024-12345678");
        dialog.getByTestId("issue-category").fill("服务质量");
        choose(page, "issue-lead-department", "于洪维护站");
        dialog.getByTestId("issue-description").fill("用户反映维修多次未上门 " + tag);
        dialog.getByTestId("issue-goal").fill("三日内上门处理并回复");
        dialog.getByTestId("issue-contact-person").fill("李督办");
        Browser.screenshot(page, "supervision-issue");
        dialog.getByTestId("supervision-issue-submit").click();
        assertThat(page.getByTestId("supervision-status")).hasAttribute("data-status", "ISSUED");
        assertThat(page.getByTestId("supervision-lead-department")).hasText("于洪维护站");
        String id = page.getByTestId("supervision-detail").getAttribute("data-id");
        String number = page.getByTestId("supervision-number").textContent().trim();

        var order = manager.get("/api/supervision-orders/" + id).json().get("order");
        Instant deadline = Instant.parse(order.get("deadline").asText());
        assertTrue(deadline.isAfter(Instant.now()) && deadline.isBefore(Instant.now().plus(Duration.ofHours(48))),
                "deadline tomorrow: " + deadline);
        assertEquals(matter, order.get("matter").asText());

        // the handler is told (bell), finds it under 督办单 (without the other station's) and replies
        Page station = browser.newPage(1440, 900);
        Browser.login(station, "handler");
        assertThat(station.getByTestId("notification-count")).containsText(Pattern.compile("[1-9]"));
        station.getByTestId("nav-supervision-orders").click();
        Locator row = station.locator("[data-testid=supervision-row][data-id='" + id + "']");
        assertThat(row).hasCount(1);
        assertThat(row).containsText(matter);
        assertThat(station.locator("[data-testid=supervision-row][data-id='" + otherId + "']")).hasCount(0);
        Browser.screenshot(station, "supervision-list-handler");
        row.getByTestId("supervision-open").click();
        assertThat(station.getByTestId("supervision-number")).hasText(number);
        station.getByTestId("supervision-reply-text").fill("已于今日上门更换设备，用户确认恢复。");
        station.getByTestId("supervision-reply-submit").click();
        assertThat(station.getByTestId("supervision-status")).hasAttribute("data-status", "REPLIED");
        assertThat(station.locator("[data-testid=timeline-event][data-kind=REPLIED]")).containsText("上门更换设备");
        assertThat(station.getByTestId("supervision-accept")).hasCount(0); // a department does not accept its own reply

        // the handler's page for the other station's order says so
        station.navigate("/supervision-orders/" + otherId);
        assertThat(station.getByTestId("supervision-error")).hasAttribute("data-status", "403");

        // the manager accepts
        page.reload();
        assertThat(page.getByTestId("supervision-status")).hasAttribute("data-status", "REPLIED");
        page.getByTestId("supervision-comment").fill("处理及时，同意办结");
        page.getByTestId("supervision-accept").click();
        assertThat(page.getByTestId("supervision-status")).hasAttribute("data-status", "ACCEPTED");
        for (String kind : new String[] {"ISSUED", "REPLIED", "ACCEPTED"}) {
            assertThat(page.locator("[data-testid=timeline-event][data-kind=" + kind + "]")).hasCount(1);
        }
        Browser.screenshot(page, "supervision-accepted");
        assertEquals("ACCEPTED", manager.get("/api/supervision-orders/" + id).json().get("order").get("status").asText());
    }
}
