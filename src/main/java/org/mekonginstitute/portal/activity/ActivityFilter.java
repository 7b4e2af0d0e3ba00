package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.ListFilter;

import java.time.LocalDate;

/** The activity list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ActivityFilter extends ListFilter {

    /** A project's code (project/picker). */
    private String project;

    private ActivityType type;
    private ActivityStatus status;
    private String country;

    private LocalDate from;
    private LocalDate to;

    /** Latest first, unless another order is chosen. */
    public ActivityFilter() {
        super("", "desc");
    }
}
