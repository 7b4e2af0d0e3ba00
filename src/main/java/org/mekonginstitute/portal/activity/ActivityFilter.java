package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;

/** The activity list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ActivityFilter {

    private String q;
    /** A project's code (project/picker). */
    private String project;

    private ActivityType type;
    private ActivityStatus status;
    private String country;

    private LocalDate from;

    private LocalDate to;
    /** Empty: latest first. */
    private String sort = "";

    private String dir = "desc";
    private int page = 1;
}
