/** Staff accounts, roles, passwords, logins and sessions. */
@ApplicationModule(
        displayName = "Users and security",
        allowedDependencies = {"audit", "department", "system"})
package org.mekonginstitute.portal.user;

import org.springframework.modulith.ApplicationModule;
