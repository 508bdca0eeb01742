package org.qualitywatch.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright; nothing is downloaded. Screenshots go to
 * it/target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_PATHS = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Path executable = CHROMIUM_PATHS.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("Chromium not found; ./qw test installs Debian's chromium"));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage(int width, int height) {
        Page page = browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setBaseURL(TestEnvironment.baseUrl()).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    static void login(Page page, String username) {
        page.navigate("/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(TestEnvironment.DEMO_PASSWORD);
        page.getByTestId("login-submit").click();
        page.getByTestId("user-name").waitFor();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
