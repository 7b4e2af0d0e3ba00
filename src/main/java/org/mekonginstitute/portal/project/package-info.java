/** Donor-funded projects: funding lines, partners, components. */
@ApplicationModule(
        displayName = "Projects",
        allowedDependencies = {"audit", "department", "organisation", "system", "user"})
package org.mekonginstitute.portal.project;

import org.springframework.modulith.ApplicationModule;
