/**
 * Notices to people: e-mail through the configured mail server, kept in the portal in any case, so that nothing is
 * lost without one. Other modules send through {@link org.mekonginstitute.portal.notification.Notices}; the review
 * notices listen to the activity module's review steps.
 */
@ApplicationModule(
        displayName = "Notices and e-mail",
        allowedDependencies = {"activity", "department", "project", "user", "system"})
package org.mekonginstitute.portal.notification;

import org.springframework.modulith.ApplicationModule;
