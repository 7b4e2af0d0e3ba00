package org.mekonginstitute.portal.registration.model;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;

/**
 * What the public may know of an activity, in words: the registration pages, invitation letters and e-mails say no
 * more about it than this.
 */
public record ActivityFacts(String title, String type, String when, String place, String modality, String host) {

    public static ActivityFacts of(Activity activity, Dates dates, Countries countries) {
        String when = activity.getStartDate() != null
                ? dates.period(activity.getStartDate(), activity.getEndDate())
                : dates.window(activity.getPlannedFrom(), activity.getPlannedTo()) + " (dates to be fixed)";
        return new ActivityFacts(
                activity.getTitle(),
                activity.getType().label(),
                when,
                activity.place(countries),
                activity.getModality().label(),
                activity.getHost() == null ? null : activity.getHost().getName());
    }

    /** "Training · 17 Aug 2026 – 21 Aug 2026 · Mekong Institute, Khon Kaen, Thailand" */
    public String line() {
        return type + " · " + when + (place.isEmpty() ? "" : " · " + place);
    }
}
