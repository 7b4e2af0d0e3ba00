package org.mekonginstitute.portal.organisation;

import lombok.Getter;
import lombok.Setter;

/** The organisation list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class OrganisationFilter {

    private String q;
    private OrganisationType type;
    private String country;
    /** "active" (the default), "inactive" or "all". */
    private String status = "active";

    private String sort = "name";
    private String dir = "asc";
    private int page = 1;
}
