package org.qualitywatch.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lead assigns a call to the monitor, who plays it, pins a comment to a moment of the call, scores every
 * item (the draft is saved on its own) and submits; the agent appeals the released score; the lead adjusts
 * it on review: the evaluation is final with two score versions.
 */
class EvaluationBrowserIT extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void monitorScoresACallTheAgentAppealsAndTheLeadAdjustsTheScore() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String callId = Recordings.newCallId();
        ObjectNode metadata = Recordings.metadata(callId, "1006");
        Recordings.transcript(metadata, List.of(
                new Object[] {"AGENT", 0.2, 2.5, "您好，很高兴为您服务"},
                new Object[] {"CUSTOMER", 2.8, 5.5, "我家宽带又断了"}));
        long recordingId = Recordings.upload(admin, TestAudio.stereoCall(dir, callId + ".wav", 6), metadata)
                .json().get("id").asLong();
        Recordings.waitForStatus(admin, recordingId, "INDEXED");

        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient.Response created = lead.post("/api/evaluations", Map.of("recordingId", recordingId, "monitor", "monitor"));
        assertTrue(created.status() == 200 || created.status() == 201, "assign: " + created);
        long evaluationId = created.json().get("id").asLong();

        // the monitor finds the task, plays the call, pins a comment and scores every item
        Page monitor = browser.newPage(1440, 900);
        Browser.login(monitor, "monitor");
        monitor.getByTestId("nav-qa-tasks").click();
        Locator task = monitor.locator("[data-testid=evaluation-row][data-call-id='" + callId + "']");
        assertThat(task).hasCount(1);
        Browser.screenshot(monitor, "qa-tasks");
        task.getByTestId("evaluation-open").click();
        assertThat(monitor.getByTestId("evaluation-workbench")).hasAttribute("data-id", String.valueOf(evaluationId));
        assertThat(monitor.getByTestId("eval-status")).hasAttribute("data-status", Pattern.compile("ASSIGNED|IN_PROGRESS"));

        monitor.getByTestId("player-play").click();
        monitor.waitForCondition(() -> playerTime(monitor) > 0.5, new Page.WaitForConditionOptions().setTimeout(20_000));
        monitor.getByTestId("player-play").click(); // pause, so the comment's time is the time shown
        assertThat(monitor.getByTestId("player-play")).hasAttribute("data-playing", "false");
        double pausedAt = playerTime(monitor);

        monitor.getByTestId("comment-add").click();
        monitor.getByTestId("comment-text").fill("开场白规范，但未核实用户身份");
        monitor.getByTestId("comment-save").click();
        Locator comment = monitor.getByTestId("comment-item-row");
        assertThat(comment).hasCount(1);
        double pinnedAt = Double.parseDouble(comment.getAttribute("data-at"));
        assertTrue(pinnedAt > 0.4 && Math.abs(pinnedAt - pausedAt) < 0.25, "pinned at " + pinnedAt + ", player at " + pausedAt);

        // a click on the comment seeks the player back to its time
        monitor.getByTestId("player-back10").click();
        monitor.waitForCondition(() -> playerTime(monitor) < 0.1);
        comment.getByTestId("comment-seek").click();
        monitor.waitForCondition(() -> Math.abs(playerTime(monitor) - pinnedAt) < 0.25);

        Locator items = monitor.getByTestId("score-item");
        assertThat(items.first()).isVisible();
        int count = items.count();
        assertTrue(count > 0, "the scorecard has items");
        for (int i = 0; i < count; i++) {
            answer(items.nth(i));
        }
        assertThat(monitor.locator("[data-testid=score-item][data-answered=false]")).hasCount(0);
        assertThat(monitor.getByTestId("draft-status")).hasAttribute("data-state", "saved",
                new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
        Browser.screenshot(monitor, "qa-workbench-draft");

        monitor.getByTestId("eval-submit").click();
        monitor.locator(".qw-eval-confirm-submit").click();
        assertThat(monitor.getByTestId("eval-status")).hasAttribute("data-status", "RELEASED");
        assertThat(monitor.getByTestId("eval-score")).isVisible();
        assertThat(monitor.getByTestId("score-history-row")).hasCount(1);
        assertThat(monitor.getByTestId("item-result").first()).isVisible();
        Browser.screenshot(monitor, "qa-workbench-scored");

        // the agent sees the released score in 我的质检 and appeals it
        Page agent = browser.newPage(1440, 900);
        Browser.login(agent, "agent");
        agent.getByTestId("nav-qa-my-evaluations").click();
        Locator mine = agent.locator("[data-testid=evaluation-row][data-call-id='" + callId + "']");
        assertThat(mine).hasCount(1);
        mine.getByTestId("evaluation-open").click();
        assertThat(agent.getByTestId("evaluation-workbench")).hasAttribute("data-id", String.valueOf(evaluationId));
        assertThat(agent.getByTestId("eval-score")).isVisible();
        assertThat(agent.getByTestId("eval-acknowledge")).isVisible();
        agent.getByTestId("eval-appeal").click();
        agent.getByTestId("appeal-reason").fill("客户当时已在通话开头报过身份证号，我核实过身份");
        agent.getByTestId("appeal-submit").click();
        assertThat(agent.getByTestId("eval-status")).hasAttribute("data-status", "APPEALED");
        assertThat(agent.getByTestId("appeal-info")).hasAttribute("data-status", "OPEN");
        Browser.screenshot(agent, "qa-agent-appealed");

        // the lead opens the appeal and adjusts the score
        Page review = browser.newPage(1440, 900);
        Browser.login(review, "qalead");
        review.getByTestId("nav-qa-appeals").click();
        Locator appeal = review.locator("[data-testid=appeal-row][data-call-id='" + callId + "']");
        assertThat(appeal).hasCount(1);
        Browser.screenshot(review, "qa-appeals");
        appeal.getByTestId("appeal-open").click();
        assertThat(review.getByTestId("evaluation-workbench")).hasAttribute("data-id", String.valueOf(evaluationId));
        review.getByTestId("review-adjust").click();
        assertThat(review.getByTestId("eval-scorecard")).hasAttribute("data-editable", "true");
        change(review);
        review.getByTestId("review-reason").fill("复听录音，坐席确已核实身份，改判该项");
        review.getByTestId("review-submit").click();

        assertThat(review.getByTestId("eval-status")).hasAttribute("data-status", "FINAL");
        Locator history = review.getByTestId("score-history-row");
        assertThat(history).hasCount(2);
        assertThat(history.nth(0)).hasAttribute("data-kind", "SUBMITTED");
        assertThat(history.nth(1)).hasAttribute("data-kind", "ADJUSTED");
        assertThat(review.getByTestId("appeal-info")).hasAttribute("data-status", "ADJUSTED");
        Browser.screenshot(review, "qa-lead-adjusted");
    }

    private static double playerTime(Page page) {
        String current = page.getByTestId("player-time").getAttribute("data-current");
        return current == null ? 0 : Double.parseDouble(current);
    }

    /** Gives an item its best answer: 是, the top of the scale, no deductions. */
    private static void answer(Locator item) {
        String type = item.getAttribute("data-type");
        switch (type) {
            case "YES_NO" -> item.getByTestId("score-yes").click();
            case "SCALE" -> item.getByTestId("score-scale").last().click();
            case "DEDUCTION" -> {
                Locator input = item.locator("[data-testid=score-occurrences] input");
                input.fill("0");
                input.press("Tab");
            }
            default -> throw new AssertionError("unknown item type " + type);
        }
        assertThat(item).hasAttribute("data-answered", "true");
    }

    /** Lowers one item: the first 是/否 item to 否, else a scale to 0, else one deduction. */
    private static void change(Page page) {
        Locator yesNo = page.locator("[data-testid=score-item][data-type=YES_NO]");
        if (yesNo.count() > 0) {
            yesNo.first().getByTestId("score-no").click();
            return;
        }
        Locator scale = page.locator("[data-testid=score-item][data-type=SCALE]");
        if (scale.count() > 0) {
            scale.first().locator("[data-testid=score-scale][data-value='0']").click();
            return;
        }
        Locator input = page.locator("[data-testid=score-item][data-type=DEDUCTION] [data-testid=score-occurrences] input").first();
        input.fill("1");
        input.press("Tab");
    }
}
