/** The institute's departments, a reference list administrators extend. */
@ApplicationModule(
        displayName = "Departments",
        allowedDependencies = {"audit"})
package org.mekonginstitute.portal.department;

import org.springframework.modulith.ApplicationModule;
