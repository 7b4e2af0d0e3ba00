/** Indicators with their reported values and their progress, which the API publishes as they are. */
@NamedInterface("indicator")
package org.mekonginstitute.portal.reporting.indicator;

import org.springframework.modulith.NamedInterface;
