package org.mekonginstitute.portal.activity;

import java.util.List;
import java.util.Map;

/** What the activity page shows about the activity itself and its review, with the names of who took each step. */
public record ActivityDetails(
        Activity activity,
        List<ActivityTransition> history,
        List<ReviewAction> actions,
        boolean editable,
        Map<String, String> names) {

    /** The name of whoever a login recorded on the activity or its history is. */
    public String nameOf(String login) {
        return names.getOrDefault(login == null ? "" : login, login);
    }
}
