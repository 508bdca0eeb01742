package org.qualitywatch.it;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The UI shell: login, language switch, navigation that depends on the role. */
class ShellBrowserIT extends BrowserTest {

    @Test
    void adminSeesAdministrationAndCanSwitchToEnglish() {
        Page page = browser.newPage(1280, 800);
        Browser.login(page, "admin");
        assertThat(page.getByTestId("user-name")).containsText("王磊");
        assertThat(page.getByTestId("nav-users")).isVisible();
        assertThat(page.getByTestId("nav-status")).isVisible();
        assertThat(page.getByTestId("nav-users")).containsText("用户管理");
        Browser.screenshot(page, "shell-admin-zh");

        page.getByTestId("lang-switch").click();
        page.getByTestId("lang-en").click();
        assertThat(page.getByTestId("nav-users")).containsText("Users");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.getByTestId("nav-status").click();
        assertThat(page.getByTestId("status-check-database")).containsText("UP");
        assertThat(page.getByTestId("status-check-elasticsearch")).containsText("UP");
        Browser.screenshot(page, "shell-admin-status-en");

        page.reload();
        assertThat(page.getByTestId("nav-users")).containsText("Users");

        page.getByTestId("nav-users").click();
        assertThat(page.getByTestId("users-table")).containsText("supervisor");
        page.getByTestId("logout").click();
        assertThat(page.getByTestId("login-submit")).isVisible();
    }

    @Test
    void publicSupervisorSeesNoStaffPagesAndIsStoppedAtTheirUrls() {
        Page page = browser.newPage(390, 844);
        Browser.login(page, "supervisor");
        assertThat(page.getByTestId("nav-users")).hasCount(0);
        assertThat(page.getByTestId("nav-status")).hasCount(0);
        page.navigate("/admin/users");
        assertThat(page.getByTestId("forbidden")).isVisible();
        Browser.screenshot(page, "shell-supervisor-phone");
    }
}
