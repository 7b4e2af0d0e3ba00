/**
 * How the portal runs: the embedded database, the clock, error pages and the page shown while the database is away,
 * the management port, demo data switches and SQL statement counts.
 */
@ApplicationModule(
        displayName = "Configuration",
        allowedDependencies = {})
package org.mekonginstitute.portal.system;

import org.springframework.modulith.ApplicationModule;
