package org.mekonginstitute.portal.calendar;

import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of a user's feeds as their feeds page lists it. */
record FeedRow(
        long id,
        String name,
        String projectCode,
        String departmentName,
        ActivityType type,
        String country,
        Instant createdAt,
        Instant revokedAt,
        Instant lastFetchedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** "MI-AIS-2024 · Training · Thailand", or "All approved activities". */
    public String filters(Countries countries) {
        List<String> parts = new ArrayList<>();
        if (projectCode != null) {
            parts.add(projectCode);
        }
        if (departmentName != null) {
            parts.add(departmentName);
        }
        if (type != null) {
            parts.add(type.label());
        }
        if (country != null) {
            parts.add(countries.name(country));
        }
        return parts.isEmpty() ? Text.of("calendar.feeds.allActivities") : String.join(" · ", parts);
    }
}
