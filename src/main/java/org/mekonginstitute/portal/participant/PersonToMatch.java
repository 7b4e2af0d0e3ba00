package org.mekonginstitute.portal.participant;

/**
 * Someone to look for in the registry: what a form, a line of a CSV file, an application or a registered record
 * says of them that a probable duplicate is found by.
 */
public record PersonToMatch(String email, String givenName, String familyName, String country) {

    static PersonToMatch of(ParticipantDetails details) {
        return new PersonToMatch(details.email(), details.givenName(), details.familyName(), details.country());
    }

    static PersonToMatch of(Participant participant) {
        return new PersonToMatch(
                participant.getEmail(),
                participant.getGivenName(),
                participant.getFamilyName(),
                participant.getCountry());
    }
}
