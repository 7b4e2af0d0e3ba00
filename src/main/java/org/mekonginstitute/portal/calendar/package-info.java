/** The activity calendar: month, week and list views, and personal iCalendar feeds. */
@ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"activity", "department", "project", "user"})
package org.mekonginstitute.portal.calendar;

import org.springframework.modulith.ApplicationModule;
