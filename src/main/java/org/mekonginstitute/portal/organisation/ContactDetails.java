package org.mekonginstitute.portal.organisation;

/**
 * How to reach a contact person at a donor or partner: name, position, email and phone.
 *
 * @param version the version of the contact person the form was opened at (ignored for a new one)
 */
public record ContactDetails(String name, String position, String email, String phone, long version) {}
