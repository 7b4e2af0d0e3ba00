package org.mekonginstitute.portal.registration.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What staff decide when they open registration on an activity: when it is open (both days included, in Bangkok
 * time), how many places, who brings people, how many applications one link may bring, the optional questions, and
 * a note shown on the form. {@code version} is the registration's as the form showed it.
 */
public record RegistrationSettings(
        LocalDate opensOn,
        LocalDate closesOn,
        int places,
        RegistrationMode mode,
        int perLinkLimit,
        String note,
        Map<Question, Asked> questions,
        long version) {

    public Asked asked(Question question) {
        return questions == null ? Asked.OFF : questions.getOrDefault(question, Asked.OFF);
    }
}
