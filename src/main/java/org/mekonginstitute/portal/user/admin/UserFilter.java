package org.mekonginstitute.portal.user.admin;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.user.Role;

/** The user list's search, filters, sort and page, as they stand in the address bar. */
@Getter
@Setter
public class UserFilter extends ListFilter {

    private Role role;
    /** "all" (the default), "enabled", "disabled" or "locked". */
    private String status = "all";

    public UserFilter() {
        super("name", "asc");
    }
}
