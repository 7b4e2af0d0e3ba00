package org.mekonginstitute.portal.project;

import lombok.Getter;
import lombok.Setter;

/** The project list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ProjectFilter {

    private String q;
    private ProjectStatus status;
    private Long department;
    private Long donor;
    private String country;
    private Integer year;
    /** Empty: ongoing first, then the latest start. */
    private String sort = "";

    private String dir = "asc";
    private int page = 1;
}
