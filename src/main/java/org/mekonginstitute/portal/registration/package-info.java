/**
 * Online nomination and registration: staff open registration on an activity, partners nominate and people register
 * through unguessable links (no account needed), staff accept, wait-list or decline what arrives, and invitation
 * letters carry each partner's link. Nothing else imports this module: it adds its part to the participants page
 * through {@link org.mekonginstitute.portal.participant.ParticipantsPageSection} and hears of withdrawals and merges
 * through the participant module's events.
 */
@ApplicationModule(
        displayName = "Online registration",
        allowedDependencies = {
            "activity",
            "audit",
            "notification",
            "organisation",
            "participant",
            "project",
            "system",
            "user"
        })
package org.mekonginstitute.portal.registration;

import org.springframework.modulith.ApplicationModule;
