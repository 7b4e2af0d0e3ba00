package org.mekonginstitute.portal.reporting.reach;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.validation.Errors;

import java.time.LocalDate;

/** The reach report's filters as they stand in the address bar (and in the export links); a project by its code. */
@Getter
@Setter
class ReportFilter {

    /** A project's code, e.g. MI-ACMECS-2023. */
    private String project;

    private Long department;
    private Long donor;

    private LocalDate from;
    private LocalDate to;

    /** A range that ends before it starts is refused beside its end. */
    void check(Errors errors) {
        if (from != null && to != null && to.isBefore(from) && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "range", Text.of("reporting.reports.to.beforeFrom"));
        }
    }
}
