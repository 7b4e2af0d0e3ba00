package org.mekonginstitute.portal.shared;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/**
 * A posted form and what becomes of it: saved; shown again with the problems beside their fields; or, when someone
 * else saved the record since the form was opened, sent back to the edit form with both versions side by side (see
 * {@link EditConflict}). The one place that decides how a refused save looks.
 */
public record FormSubmission(Object form, BindingResult errors, RedirectAttributes flash) {

    /**
     * Saves a new record unless the form already has errors; problems the service finds go beside their fields and
     * the form is shown again.
     *
     * @param save saves and answers where to go next
     * @param formAgain shows the form again, with what was typed
     */
    public String save(Supplier<String> save, Supplier<String> formAgain) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        return formAgain.get();
    }

    /**
     * Saves a new record from a form that sits folded away on a page, as {@link #save(Supplier, Supplier)} does; a
     * refused form shows the page again with that form unfolded, so its problems are in sight.
     *
     * @param save saves and answers where to go next
     * @param model the page's model
     * @param unfolded the model attribute the page reads to unfold the form
     * @param page shows the page again, with what was typed
     */
    public String saveUnfolded(Supplier<String> save, Model model, String unfolded, Supplier<String> page) {
        return save(save, () -> {
            model.addAttribute(unfolded, true);
            return page.get();
        });
    }

    /**
     * Saves a change to an existing record, as {@link #save(Supplier, Supplier)} does; a clash with someone else's
     * save, found by the version check or by the database at the last moment, sends the user back to the edit form.
     *
     * @param editUrl the edit form the user came from
     * @param lastSave the conflict with whoever saved the record last, read afresh
     */
    public String save(
            Supplier<String> save, Supplier<String> formAgain, String editUrl, Supplier<StaleEditException> lastSave) {
        try {
            return save(save, formAgain);
        } catch (StaleEditException stale) {
            return EditConflict.redirect(editUrl, form, stale, flash);
        } catch (OptimisticLockingFailureException race) {
            return EditConflict.redirect(editUrl, form, lastSave.get(), flash);
        }
    }
}
