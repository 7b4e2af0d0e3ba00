/** What came of the work: the dashboard, reach reports, indicators, the donor report and the IATI export. */
@ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {
            "activity",
            "audit",
            "department",
            "finance",
            "organisation",
            "participant",
            "project",
            "system",
            "user"
        })
package org.mekonginstitute.portal.reporting;

import org.springframework.modulith.ApplicationModule;
