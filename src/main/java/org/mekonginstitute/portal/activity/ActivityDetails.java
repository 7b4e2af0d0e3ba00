package org.mekonginstitute.portal.activity;

import java.util.List;

/** What the activity page shows about the activity itself and its review. */
public record ActivityDetails(Activity activity, List<ActivityTransition> history, List<ReviewAction> actions,
                              boolean editable) {
}
