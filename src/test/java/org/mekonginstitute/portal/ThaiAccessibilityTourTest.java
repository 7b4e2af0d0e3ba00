package org.mekonginstitute.portal;

/**
 * The same tour in a browser that asks for Thai: every page in Thai, checked by axe-core (the page's language,
 * names of links and buttons, contrast with Thai text).
 */
class ThaiAccessibilityTourTest extends AccessibilityTourTest {

    @Override
    protected String browserLocale() {
        return "th-TH";
    }
}
