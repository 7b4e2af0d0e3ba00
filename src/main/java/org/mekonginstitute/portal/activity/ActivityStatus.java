package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Text;

/** Where an activity stands in its review and life. Named in i18n/activity.properties. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ActivityStatus implements Labelled {
    DRAFT("text-bg-light border"),
    SUBMITTED("text-bg-warning"),
    APPROVED("text-bg-success"),
    RETURNED("text-bg-danger"),
    COMPLETED("text-bg-secondary"),
    POSTPONED("text-bg-info"),
    CANCELLED("text-bg-dark");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /**
     * "A draft activity", "An approved activity": an activity in this state as the subject of a sentence, in the
     * reader's language (i18n/activity.properties, {@code activity.status.anActivity.NAME}).
     */
    public String anActivity() {
        return Text.of(String.join(".", "activity.status.anActivity", name()));
    }
}
