/**
 * The people who take part: the registry of participants, their enrolments and attendance in activities, the action
 * plans they carry out afterwards, and import and export as CSV.
 */
@ApplicationModule(
        displayName = "Participants",
        allowedDependencies = {"activity", "audit", "organisation", "project", "system", "user"})
package org.mekonginstitute.portal.participant;

import org.springframework.modulith.ApplicationModule;
