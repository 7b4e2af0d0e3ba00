package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationLetter;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
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

    private final Notices notices;
    private final Dates dates;
    private final Countries countries;

    /** The decision just taken on the application. {@code movedUp}: accepted because a place became free. */
    void decided(Application application, boolean movedUp) {
        Locale locale = application.locale();
        ActivityFacts activity = ActivityFacts.in(locale, application.getActivity(), dates, countries);
        String decision = decision(locale, application, movedUp);
        String subject = subject(locale, application, activity);
        List<Notice> told = new ArrayList<>();
        if (application.getEmail() != null) {
            told.add(new Notice(
                    application.getEmail(),
                    application.fullName(),
                    subject,
                    letter(
                            locale,
                            application.fullName(),
                            Text.in(locale, "registration.mail.decision.application", application.getReference()),
                            activity,
                            decision),
                    null));
        }
        String nominator = application.getNominatedByEmail();
        if (nominator != null && !nominator.equalsIgnoreCase(application.getEmail())) {
            told.add(new Notice(
                    nominator,
                    application.getNominatedByName(),
                    subject,
                    letter(
                            locale,
                            application.getNominatedByName(),
                            Text.in(
                                    locale,
                                    "registration.mail.decision.nomination",
                                    application.fullName(),
                                    application.getReference()),
                            activity,
                            decision),
                    null));
        }
        notices.sendAll(told);
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

    /** The letter: whose application, the activity, and what was decided. */
    private static String letter(Locale locale, String to, String what, ActivityFacts activity, String decision) {
        return ApplicationLetter.write(
                locale, to, what, activity, List.of(Text.in(locale, "registration.mail.decision.decided", decision)));
    }
}
