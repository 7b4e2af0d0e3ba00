package org.mekonginstitute.portal.api.v1;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mekonginstitute.portal.activity.ActivityRow;

/**
 * An activity as lists show it: planned in a window of months, or scheduled on dates. The fields are those of a
 * line of the activity list, written out as they are.
 */
public record ActivitySummary(@JsonUnwrapped ActivityRow activity) {}
