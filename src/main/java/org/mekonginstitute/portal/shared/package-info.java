/**
 * Small building blocks every module may use: how a posted form is saved or refused, input the portal can store,
 * countries and currencies, dates, CSV, QR codes, tokens, list paging.
 */
@ApplicationModule(
        displayName = "Shared building blocks",
        allowedDependencies = {})
package org.mekonginstitute.portal.shared;

import org.springframework.modulith.ApplicationModule;
