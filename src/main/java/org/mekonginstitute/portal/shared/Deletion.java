package org.mekonginstitute.portal.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A confirmed delete and what becomes of it: done, and said so on the page the user goes to next; or refused
 * because others still refer to the record ({@link InUseException}), with the reason and what to do instead shown
 * on the record's own page. The one place that decides how a refused delete looks.
 */
public record Deletion(RedirectAttributes flash) {

    /**
     * @param delete deletes the record, or refuses with {@link InUseException}
     * @param recordUrl the record's page, where a refusal is shown
     * @param deleted what to tell the user once it is deleted
     * @param nextUrl where the user goes once it is deleted
     */
    public String delete(Runnable delete, String recordUrl, String deleted, String nextUrl) {
        try {
            delete.run();
        } catch (InUseException inUse) {
            return Flash.problem(flash, inUse.getMessage(), recordUrl);
        }
        return Flash.saved(flash, deleted, nextUrl);
    }
}
