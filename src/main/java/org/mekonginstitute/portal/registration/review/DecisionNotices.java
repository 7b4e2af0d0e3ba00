package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationMail;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Tells the applicant what was decided on their application, and the focal point who nominated them: accepted (or
 * moved up from the waiting list), on the waiting list, or declined with the reason. Written in the language the form
 * was filled in, whatever the language of the staff member who decided.
 */
@Component
@RequiredArgsConstructor
class DecisionNotices {

    private final ApplicationMail mail;

    /** The decision just taken on the application. {@code movedUp}: accepted because a place became free. */
    void decided(Application application, boolean movedUp) {
        mail.send(
                application,
                (locale, activity) -> letter(
                        locale,
                        application,
                        activity,
                        movedUp,
                        Text.in(locale, "registration.mail.decision.application", application.getReference())),
                (locale, activity) -> letter(
                        locale,
                        application,
                        activity,
                        movedUp,
                        Text.in(
                                locale,
                                "registration.mail.decision.nomination",
                                application.fullName(),
                                application.getReference())));
    }

    private static String subject(Locale locale, Application application, ActivityFacts activity) {
        return switch (application.getStatus()) {
            case ACCEPTED -> Text.in(locale, "registration.mail.decision.subject.accepted", activity.title());
            case WAITING_LIST -> Text.in(locale, "registration.mail.decision.subject.waiting", activity.title());
            case DECLINED -> Text.in(locale, "registration.mail.decision.subject.declined", activity.title());
            default -> Text.in(locale, "registration.mail.decision.subject.other", activity.title());
        };
    }

    private static String decision(Locale locale, Application application, boolean movedUp) {
        ApplicationStatus status = application.getStatus();
        return switch (status) {
            case ACCEPTED ->
                movedUp
                        ? Text.in(locale, "registration.mail.decision.accepted.movedUp")
                        : Text.in(locale, "registration.mail.decision.accepted");
            case WAITING_LIST -> Text.in(locale, "registration.mail.decision.waiting");
            case DECLINED -> Text.in(locale, "registration.mail.decision.declined", application.getDeclineReason());
            default -> Text.in(locale, "registration.mail.decision.other", Text.in(locale, Text.labelKey(status)));
        };
    }

    /** The letter: whose application ({@code what}), and what was decided. */
    private static ApplicationMail.Letter letter(
            Locale locale, Application application, ActivityFacts activity, boolean movedUp, String what) {
        String decision = decision(locale, application, movedUp);
        return new ApplicationMail.Letter(
                subject(locale, application, activity),
                what,
                List.of(Text.in(locale, "registration.mail.decision.decided", decision)));
    }
}
