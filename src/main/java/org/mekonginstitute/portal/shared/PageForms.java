package org.mekonginstitute.portal.shared;

import org.springframework.ui.Model;

import java.util.function.Supplier;

/**
 * The forms a page holds: blank when the page opens; as typed, with their problems beside the fields, when the page
 * is shown again for a refused post (see {@link FormSubmission}) or a redirect carried the typed form over.
 */
public final class PageForms {

    private PageForms() {}

    /** Puts a blank form in the model as {@code name}, unless the typed one is already there. */
    public static void blankUnlessTyped(Model model, String name, Supplier<?> blank) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, blank.get());
        }
    }
}
