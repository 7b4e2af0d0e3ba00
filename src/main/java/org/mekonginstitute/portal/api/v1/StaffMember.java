package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.user.UserAccount;

/** A member of the institute's staff named on a record (a project manager, the staff responsible for an activity). */
public record StaffMember(long id, String name, String email) {

    static StaffMember of(UserAccount account) {
        return account == null ? null : new StaffMember(account.getId(), account.getDisplayName(), account.getEmail());
    }
}
