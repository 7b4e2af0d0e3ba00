package org.mekonginstitute.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main menu unfolded, from 1200 pixels up: an administrator's, the longest, keeps every item, the language menu
 * and the user menu inside the window, in English and in Thai, however the line has to wrap.
 */
class MainMenuTest extends BrowserTestSupport {

    private static final int[] DESKTOP_WIDTHS = {1200, 1280, 1440, 1600, 1920};

    @Autowired
    UserService users;

    @Test
    void anAdministratorReachesEveryMenuAtEveryDesktopWidth() {
        String email = "menu-" + TestData.unique().toLowerCase() + "@example.org";
        long admin = users.create(email, "Chanthavong Phommachanh", Role.ADMIN, DEMO_PASSWORD)
                .getId();
        logIn(email);
        page.navigate(url("/projects"));
        everyMenuIsInsideTheWindow("English");

        users.chooseLanguage(admin, Language.THAI); // as chosen in the language menu, from the next login
        context.clearCookies();
        logIn(email);
        page.navigate(url("/projects"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("th");
        everyMenuIsInsideTheWindow("Thai");
    }

    private void everyMenuIsInsideTheWindow(String language) {
        for (int width : DESKTOP_WIDTHS) {
            page.setViewportSize(width, 900);
            page.reload();
            Locator items = page.locator(
                    "#portal-nav .nav-link, #portal-nav .language-menu button, .user-menu .dropdown-toggle");
            assertThat(items.count()).as(language).isGreaterThanOrEqualTo(12);
            for (int i = 0; i < items.count(); i++) {
                BoundingBox box = items.nth(i).boundingBox();
                assertThat(box)
                        .as("%s at %d pixels: %s", language, width, items.nth(i).textContent())
                        .isNotNull();
                assertThat(box.x)
                        .as("%s at %d pixels: %s", language, width, items.nth(i).textContent())
                        .isNotNegative();
                assertThat(box.x + box.width)
                        .as("%s at %d pixels: %s", language, width, items.nth(i).textContent())
                        .isLessThanOrEqualTo(width);
            }
        }
    }
}
