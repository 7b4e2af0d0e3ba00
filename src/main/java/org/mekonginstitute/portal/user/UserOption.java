package org.mekonginstitute.portal.user;

/** A user as a picker lists them. */
public record UserOption(long id, String displayName, String email) {}
