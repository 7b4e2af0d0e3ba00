package org.mekonginstitute.portal.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.impl.TargetClosedError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the real-browser tests: Debian's Chromium driven by Playwright, headless, never a downloaded browser.
 * Locally a missing Chromium skips these tests with a message; on CI (CI=true) it fails them.
 */
@PortalTest
public abstract class BrowserTestSupport {

    public static final String DEMO_PASSWORD = "Mekong-Demo-2026";
    public static final String STAFF = "staff@demo.mekonginstitute.org";
    public static final String MANAGER = "manager@demo.mekonginstitute.org";
    public static final String ADMIN = "admin@demo.mekonginstitute.org";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** axe-core on every page the test opens; the test fails on a serious or critical violation. */
    private final AxeCheck axe = new AxeCheck();
    /** A second visitor's browser, on a phone (see {@link #phone()}); closed after each test. */
    private BrowserContext phoneContext;
    /** Errors the page logged to its console or threw: a test may assert there were none. */
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Paths.get(System.getenv().getOrDefault("PLAYWRIGHT_CHROMIUM_EXECUTABLE", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String message = "Chromium not found at " + chromium + " (install Debian's chromium package)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + ": browser tests skipped");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale(browserLocale()));
        context.setDefaultTimeout(15_000);
        axe.watch(context);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            close(context);
        }
        if (phoneContext != null) {
            close(phoneContext);
            phoneContext = null;
        }
        String found = axe.report();
        axe.clear();
        if (!found.isEmpty()) {
            fail("axe-core found serious or critical accessibility violations:\n" + found);
        }
    }

    /**
     * Closes a browser. A page's accessibility check may still be reporting back when it closes, and Playwright then
     * says the browser has closed under it: what was asked, so that is not the test's failure.
     */
    private static void close(BrowserContext browserContext) {
        try {
            browserContext.close();
        } catch (TargetClosedError closedWhileReporting) {
            // closed all the same
        }
    }

    /**
     * A page in a browser of its own, 390 pixels wide with touch, as someone else on a phone: shares nothing (no
     * login) with {@link #page}.
     */
    protected Page phone() {
        phoneContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(browserLocale()));
        phoneContext.setDefaultTimeout(15_000);
        axe.watch(phoneContext);
        Page phone = phoneContext.newPage();
        phone.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        phone.onPageError(consoleErrors::add);
        return phone;
    }

    /** Waits (at most 15 s) until axe has checked the page now open at this address (path and query). */
    protected void awaitAccessibilityCheck(Page on) {
        java.net.URI address = java.net.URI.create(on.url());
        String pathAndQuery = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        long until = System.currentTimeMillis() + 15_000;
        while (!axe.hasChecked(pathAndQuery)) {
            if (System.currentTimeMillis() > until) {
                fail("axe-core did not check " + pathAndQuery);
            }
            on.waitForTimeout(100);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The language of the browser the tests use (its Accept-Language): British English unless a test says. */
    protected String browserLocale() {
        return "en-GB";
    }

    /** Logs in through the login page, as a person would, whatever the page's language. */
    protected void logIn(String email) {
        page.navigate(url("/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("main form[action$='/login'] button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
