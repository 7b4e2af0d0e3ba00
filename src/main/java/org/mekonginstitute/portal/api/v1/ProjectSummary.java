package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.project.ProjectRow;
import org.mekonginstitute.portal.project.ProjectStatus;

import java.time.LocalDate;

/**
 * A project as lists show it.
 *
 * @param department the department's acronym
 * @param donors the donors' acronyms (or names), comma-separated
 */
public record ProjectSummary(
        long id,
        String code,
        String title,
        String department,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String donors) {

    static ProjectSummary of(ProjectRow row) {
        return new ProjectSummary(
                row.id(),
                row.code(),
                row.title(),
                row.department(),
                row.status(),
                row.startDate(),
                row.endDate(),
                row.donors());
    }
}
