package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

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

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    /** Empty: latest first. */
    private String sort = "";

    private String dir = "desc";
    private int page = 1;
}
