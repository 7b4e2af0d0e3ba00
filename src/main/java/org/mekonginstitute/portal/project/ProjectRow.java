package org.mekonginstitute.portal.project;

import java.time.LocalDate;

/** One line of the project list. */
public record ProjectRow(
        long id,
        String code,
        String title,
        String department,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String donors) {}
