/** Activities a project holds: planned in a window of months, scheduled, reviewed by a manager, then held. */
@ApplicationModule(
        displayName = "Activities",
        allowedDependencies = {"audit", "organisation", "project", "system", "user"})
package org.mekonginstitute.portal.activity;

import org.springframework.modulith.ApplicationModule;
