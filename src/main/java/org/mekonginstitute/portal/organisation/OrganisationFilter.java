package org.mekonginstitute.portal.organisation;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.ListFilter;

/** The organisation list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class OrganisationFilter extends ListFilter {

    private OrganisationType type;
    private String country;
    /** "active" (the default), "inactive" or "all". */
    private String status = "active";

    public OrganisationFilter() {
        super("name", "asc");
    }
}
