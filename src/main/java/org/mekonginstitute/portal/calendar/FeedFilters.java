package org.mekonginstitute.portal.calendar;

import org.mekonginstitute.portal.activity.ActivityType;

/**
 * The filters a feed keeps, each optional: a project (by id, whatever its code becomes), a department, an activity
 * type and a country. A feed's status choice is its own: what goes ahead, or is called off.
 */
record FeedFilters(Long projectId, Long department, ActivityType type, String country) {

    /** The calendar's filter that selects what the feed shows. */
    CalendarFilter calendarFilter() {
        CalendarFilter filter = new CalendarFilter();
        filter.setProjectId(projectId);
        filter.setDepartment(department);
        filter.setType(type);
        filter.setCountry(country);
        return filter;
    }
}
