package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.Answers;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/**
 * The rules of one registration beyond the form's own: a self-registering person gives an e-mail (the confirmation
 * and the decision go there), a nomination says who nominates, required questions are answered, the country is
 * one of the list, and one person applies once per activity.
 */
@Component
@RequiredArgsConstructor
class ApplicationChecks {

    private final Countries countries;
    private final NamedParameterJdbcTemplate jdbc;

    void check(RegistrationLink link, Registration registration, ApplicationForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        boolean noEmail = blank(form.getEmail());
        problems.addIf(link.isOpenLink() && noEmail, "email", Text.of("registration.apply.email.required"));
        if (!link.isOpenLink()) {
            problems.addIf(
                    blank(form.getNominatorName()),
                    "nominatorName",
                    Text.of("registration.apply.nominatorName.required"));
            problems.addIf(
                    blank(form.getNominatorEmail()),
                    "nominatorEmail",
                    Text.of("registration.apply.nominatorEmail.required"));
        }
        problems.addIf(
                form.getCountry() != null && !form.getCountry().isBlank() && !countries.isValid(form.getCountry()),
                "country",
                Text.of("registration.apply.country.unknown"));
        Answers answers = form.answers();
        for (Question question : Question.values()) {
            problems.addIf(
                    registration.asked(question) == Asked.REQUIRED && !answers.answered(question),
                    question.field(),
                    Text.of("registration.apply.answer.required"));
        }
        problems.addIf(
                !noEmail && appliedAlready(link.getActivity().getId(), form.getEmail()),
                "email",
                Text.of("registration.apply.email.appliedAlready"));
        problems.check();
    }

    /** The answers to the questions this registration asks; anything else sent is dropped. */
    Answers askedOnly(Registration registration, Answers answers) {
        return new Answers(
                registration.asked(Question.DIETARY_NEEDS).shown() ? answers.dietaryNeeds() : null,
                registration.asked(Question.PASSPORT_NAME).shown() ? answers.passportName() : null,
                registration.asked(Question.ARRIVAL_DATE).shown() ? answers.arrivalDate() : null,
                registration.asked(Question.ACCESSIBILITY_NEEDS).shown() ? answers.accessibilityNeeds() : null,
                registration.asked(Question.MOTIVATION).shown() ? answers.motivation() : null);
    }

    private boolean appliedAlready(long activityId, String email) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from application where activity_id = :activity and email = :email"
                        + " and status in ('SUBMITTED', 'ACCEPTED', 'WAITING_LIST'))",
                Map.of("activity", activityId, "email", email.strip().toLowerCase(Locale.ROOT)),
                Boolean.class);
        return Boolean.TRUE.equals(exists);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
