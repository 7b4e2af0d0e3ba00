package org.mekonginstitute.portal.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages carried over a redirect to the page the user goes to next, where the layout shows them at the top
 * (fragments/ui :: messages): what was saved, or why something was refused.
 */
public final class Flash {

    private Flash() {}

    /** Goes to {@code url}, saying there what was done. */
    public static String saved(RedirectAttributes flash, String message, String url) {
        flash.addFlashAttribute("saved", message);
        return "redirect:" + url;
    }

    /** Goes to {@code url}, saying there why it was refused. */
    public static String problem(RedirectAttributes flash, String message, String url) {
        flash.addFlashAttribute("problem", message);
        return "redirect:" + url;
    }
}
