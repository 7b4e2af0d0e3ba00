package org.mekonginstitute.portal.registration.model;

/** The focal point of a partner who nominated someone through the partner's link. */
public record Nominator(String name, String email) {}
