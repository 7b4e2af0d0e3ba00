package org.mekonginstitute.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;

import java.util.ArrayList;
import java.util.List;

/**
 * The portal with the keyboard alone: logging in, skipping the menu, reaching the menu, a list's filters and the
 * calendar's controls in the order they are read, each focused element visibly marked.
 */
class KeyboardTest extends BrowserTestSupport {

    @Test
    void someoneLogsInAndFindsTheirWayWithTheKeyboardAlone() {
        page.navigate(url("/login"));
        // The email field has the focus when the page opens; Tab goes on in reading order.
        assertThat(page.locator("#email")).isFocused();
        page.keyboard().type(STAFF);
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Tab");
        assertThat(page.locator("main form button[type=submit]")).isFocused();
        assertVisibleFocus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));

        // First stop on every page: the link that skips the menu, shown once it has the focus.
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isVisible();
        assertVisibleFocus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(focusedIsInside("#main")).isTrue();

        // Then the menu, in the order it reads, up to the language menu and the user's menu.
        page.navigate(url("/"));
        List<String> stops = tabStops(12);
        org.assertj.core.api.Assertions.assertThat(stops)
                .containsSubsequence(
                        "Skip to content",
                        "Dashboard",
                        "Projects",
                        "Activities",
                        "Calendar",
                        "Participants",
                        "English",
                        "ไทย");
    }

    @Test
    void aListIsFilteredAndTheCalendarTurnedWithTheKeyboard() {
        logIn(STAFF);
        page.navigate(url("/projects"));
        tabUntil("input[name=q]", 40);
        page.keyboard().type("ACMECS");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("q=ACMECS"));
        assertThat(page.locator("table tbody tr").first()).containsText("ACMECS");

        page.navigate(url("/calendar?date=2026-12-01"));
        assertThat(page.locator(".fc-toolbar-title")).hasText("December 2026");
        tabUntil(".fc-next-button", 60);
        assertVisibleFocus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".fc-toolbar-title")).hasText("January 2027");
    }

    /** Presses Tab until the element matching {@code selector} has the focus. */
    private void tabUntil(String selector, int most) {
        for (int i = 0; i < most; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                return;
            }
        }
        throw new AssertionError(selector + " not reached with " + most + " presses of Tab");
    }

    /** The accessible text of each element Tab reaches from the top of the page. */
    private List<String> tabStops(int count) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            page.keyboard().press("Tab");
            stops.add(((String)
                            page.evaluate(
                                    "() => (document.activeElement.getAttribute('aria-label') || document.activeElement.innerText || '').trim()"))
                    .strip());
        }
        return stops;
    }

    private boolean focusedIsInside(String selector) {
        return (Boolean) page.evaluate("s => document.querySelector(s).contains(document.activeElement)", selector);
    }

    /** The focused element shows it: an outline or a ring (Bootstrap's box shadow). */
    private void assertVisibleFocus() {
        Object marked = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
        org.assertj.core.api.Assertions.assertThat((Boolean) marked)
                .as("visible focus on " + page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"))
                .isTrue();
    }
}
