/** The reach report's figures, which the API publishes as they are: people reached and participations. */
@NamedInterface("reach")
package org.mekonginstitute.portal.reporting.reach;

import org.springframework.modulith.NamedInterface;
