package org.mekonginstitute.portal.calendar;

import org.mekonginstitute.portal.activity.ActivityType;

/** A personal feed someone asks for: its name, and the calendar's filters it keeps, the project by its code. */
record NewFeed(String name, String projectCode, Long department, ActivityType type, String country) {

    NewFeed {
        name = name == null ? null : name.strip();
        country = country == null || country.isBlank() ? null : country;
    }

    /** The filters the feed keeps, with the project the code names (null for all projects). */
    FeedFilters filters(Long projectId) {
        return new FeedFilters(projectId, department, type, country);
    }
}
