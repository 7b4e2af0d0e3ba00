package org.mekonginstitute.portal.api.v1;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.calendar.ActivityCalendar;
import org.mekonginstitute.portal.calendar.CalendarFilter;
import org.mekonginstitute.portal.organisation.OrganisationRow;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectRow;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.reach.ReachFilter;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The reads of donors and partners, projects, their indicators, the reach figures and the calendar. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RegisterResources {

    /** A calendar read covers at most a year and a bit, as the calendar's list views do. */
    static final int MAX_CALENDAR_DAYS = 400;

    private final OrganisationService organisations;
    private final ProjectService projects;
    private final IndicatorService indicators;
    private final ReachQueries reach;
    private final ActivityCalendar calendar;

    CursorPage<OrganisationSummary> organisations(ListQueries.Organisations query, ListQueries.Page page) {
        Cursor.Rows<OrganisationRow> rows = (after, limit) -> {
            if (query.status() != null && !List.of("active", "inactive", "all").contains(query.status())) {
                throw new BadParameter("status", "active, inactive or all.");
            }
            return organisations.after(query.filter(), after, limit);
        };
        return Cursor.read(page, rows, OrganisationRow::id, OrganisationSummary::of);
    }

    OrganisationDetail organisation(long id) {
        return OrganisationDetail.of(organisations.get(id));
    }

    CursorPage<ProjectSummary> projects(ListQueries.Projects query, ListQueries.Page page) {
        Cursor.Rows<ProjectRow> rows = (after, limit) -> projects.after(query.filter(), after, limit);
        return Cursor.read(page, rows, ProjectRow::id, ProjectSummary::new);
    }

    ProjectDetail project(long id) {
        return ProjectDetail.of(projects.details(id));
    }

    List<IndicatorJson> indicators(long projectId) {
        projects.get(projectId);
        return indicators.progress(projectId).stream().map(IndicatorJson::of).toList();
    }

    ReachJson reach(String projectCode, Long department, Long donor, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadParameter("to", "The end of the range cannot be before its start.");
        }
        ProjectChoice project = projects.choice(projectCode);
        if (project.unknown()) {
            throw new BadParameter("project", project.error());
        }
        return ReachJson.of(reach.reach(new ReachFilter(project.id(), department, donor, from, to)));
    }

    List<CalendarEntry> calendar(LocalDate from, LocalDate to, CalendarFilter filter) {
        if (to.isBefore(from)) {
            throw new BadParameter("to", "The end of the range cannot be before its start.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_CALENDAR_DAYS) {
            throw new BadParameter("to", "At most " + MAX_CALENDAR_DAYS + " days at a time.");
        }
        ProjectChoice project = projects.choice(filter.getProject());
        if (project.unknown()) {
            throw new BadParameter("project", project.error());
        }
        return calendar.between(from, to.plusDays(1), filter).stream()
                .map(CalendarEntry::of)
                .toList();
    }
}
