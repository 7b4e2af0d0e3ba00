package org.mekonginstitute.portal.registration.model;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;

import java.util.Locale;

/**
 * What the public may know of an activity, in words: the registration pages, invitation letters and e-mails say no
 * more about it than this. In the reader's language, or for a letter in its recipient's ({@link #in}).
 */
public record ActivityFacts(String title, String type, String when, String place, String modality, String host) {

    public static ActivityFacts of(Activity activity, Dates dates, Countries countries) {
        String when = activity.getStartDate() != null
                ? dates.period(activity.getStartDate(), activity.getEndDate())
                : Text.of(
                        "registration.facts.datesToBeFixed",
                        dates.window(activity.getPlannedFrom(), activity.getPlannedTo()));
        return new ActivityFacts(
                activity.getTitle(),
                activity.getType().label(),
                when,
                activity.place(countries),
                activity.getModality().label(),
                activity.getHost() == null ? null : activity.getHost().getName());
    }

    /**
     * The facts in a language chosen for a letter (dates, the activity's type and modality), whatever the language
     * of the page whose action sends it: a decision taken in Thai is told in English to someone who applied in
     * English.
     */
    public static ActivityFacts in(Locale locale, Activity activity, Dates dates, Countries countries) {
        return Text.speaking(locale, () -> of(activity, dates, countries));
    }

    /** "Training · 17 Aug 2026 – 21 Aug 2026 · Mekong Institute, Khon Kaen, Thailand" */
    public String line() {
        return type + " · " + when + (place.isEmpty() ? "" : " · " + place);
    }
}
