/** Donors and partner organisations, and their contact persons. */
@ApplicationModule(
        displayName = "Donors and partners",
        allowedDependencies = {"audit", "system"})
package org.mekonginstitute.portal.organisation;

import org.springframework.modulith.ApplicationModule;
