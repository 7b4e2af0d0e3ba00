package org.mekonginstitute.portal.calendar;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the calendar shows, as it stands in the address bar (so a filtered view can be bookmarked and shared):
 * project, department, type, country and status. Drafts stay hidden unless asked for.
 */
@Getter
@Setter
public class CalendarFilter {

    /** A project's code, as the project field (project/picker) sends it. */
    private String project;
    /** A feed's project, by id (a feed keeps the project, whatever its code becomes). */
    private Long projectId;

    private Long department;
    private ActivityType type;
    private String country;
    private ActivityStatus status;
    private boolean drafts;

    /** The filters as query parameters for a link, each preceded by "&" ("" when none is set). */
    public String asQuery() {
        return query(true);
    }

    /** "?project=MI-ACMECS-2023&type=TRAINING": the filters a feed can keep, to start a feed of this view. */
    public String feedQuery() {
        String query = query(false);
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }

    private String query(boolean withStatus) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (project != null && !project.isBlank()) {
            query.queryParam("project", project.strip());
        }
        if (department != null) {
            query.queryParam("department", department);
        }
        if (type != null) {
            query.queryParam("type", type.name());
        }
        if (country != null && !country.isBlank()) {
            query.queryParam("country", country);
        }
        if (withStatus && status != null) {
            query.queryParam("status", status.name());
        }
        if (withStatus && drafts) {
            query.queryParam("drafts", true);
        }
        String encoded = query.encode().build().getQuery();
        return encoded == null ? "" : "&" + encoded;
    }
}
