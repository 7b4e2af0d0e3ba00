package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.Parameter;
import org.mekonginstitute.portal.activity.ActivityFilter;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationFilter;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantFilter;
import org.mekonginstitute.portal.project.ProjectFilter;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The lists' query parameters: the filters of the matching page, and where the page starts. */
final class ListQueries {

    private ListQueries() {}

    /** Where a list's page starts and how long it is: the same two parameters on every list. */
    record Page(
            @Parameter(description = "The \"next\" of the page before")
            String cursor,

            @Parameter(description = "Items per page, 1 to 200 (50)")
            Integer limit)
            implements Cursor.Query {}

    /** Activities: as the activity list filters them. */
    record Activities(
            @Parameter(description = "Text in the title, venue or city")
            String q,

            @Parameter(description = "A project's code") String project,
            ActivityType type,
            ActivityStatus status,
            @Parameter(description = "ISO 3166-1 alpha-2") String country,

            @Parameter(description = "Held or planned on or after this day")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from,

            @Parameter(description = "Held or planned on or before this day")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to) {

        ActivityFilter filter() {
            ActivityFilter filter = new ActivityFilter();
            filter.setQ(q);
            filter.setProject(project);
            filter.setType(type);
            filter.setStatus(status);
            filter.setCountry(country);
            filter.setFrom(from);
            filter.setTo(to);
            return filter;
        }
    }

    /** Projects: as the project list filters them. */
    record Projects(
            @Parameter(description = "Text in the code or title")
            String q,

            ProjectStatus status,
            @Parameter(description = "A department's id") Long department,

            @Parameter(description = "A donor organisation's id")
            Long donor,

            @Parameter(description = "ISO 3166-1 alpha-2: a country the project covers")
            String country,

            @Parameter(description = "Running during this year")
            Integer year) {

        ProjectFilter filter() {
            ProjectFilter filter = new ProjectFilter();
            filter.setQ(q);
            filter.setStatus(status);
            filter.setDepartment(department);
            filter.setDonor(donor);
            filter.setCountry(country);
            filter.setYear(year);
            return filter;
        }
    }

    /** Donors and partners: as the register filters them. */
    record Organisations(
            @Parameter(description = "Text in the name or acronym")
            String q,

            OrganisationType type,
            @Parameter(description = "ISO 3166-1 alpha-2") String country,

            @Parameter(description = "active (the default), inactive or all")
            String status) {

        OrganisationFilter filter() {
            OrganisationFilter filter = new OrganisationFilter();
            filter.setQ(q);
            filter.setType(type);
            filter.setCountry(country);
            filter.setStatus(status == null ? "active" : status);
            return filter;
        }
    }

    /** People: as the registry searches and filters them. */
    record Participants(
            @Parameter(description = "Text in the name, email or organisation (case and diacritics ignored)")
            String q,

            @Parameter(description = "ISO 3166-1 alpha-2") String country,
            Gender gender,
            OrganisationType organisationType) {

        ParticipantFilter filter() {
            ParticipantFilter filter = new ParticipantFilter();
            filter.setQ(q);
            filter.setCountry(country);
            filter.setGender(gender);
            filter.setOrganisationType(organisationType);
            return filter;
        }
    }
}
