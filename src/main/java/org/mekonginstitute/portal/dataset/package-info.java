/** A large, seeded data set for measuring the portal at the scale of years of the institute's work. */
@ApplicationModule(
        displayName = "Benchmark data set",
        allowedDependencies = {})
package org.mekonginstitute.portal.dataset;

import org.springframework.modulith.ApplicationModule;
