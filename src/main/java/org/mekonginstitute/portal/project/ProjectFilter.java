package org.mekonginstitute.portal.project;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.ListFilter;

/** The project list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class ProjectFilter extends ListFilter {

    private ProjectStatus status;
    private Long department;
    private Long donor;
    private String country;
    private Integer year;

    /** Ongoing projects first, then the latest start, unless another order is chosen. */
    public ProjectFilter() {
        super("", "asc");
    }
}
