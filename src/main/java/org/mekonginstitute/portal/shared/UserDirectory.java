package org.mekonginstitute.portal.shared;

/** Turns the login stored in created/updated-by into the name people know each other by. */
public interface UserDirectory {

    String displayName(String login);
}
