package org.mekonginstitute.portal.shared;

import java.util.Collection;
import java.util.Map;

/** Turns the login stored in created/updated-by into the name people know each other by. */
public interface UserDirectory {

    String displayName(String login);

    /**
     * The names of several logins in one lookup, for a page that shows many (a review history): each login maps to
     * what {@link #displayName} would say.
     */
    Map<String, String> displayNames(Collection<String> logins);
}
