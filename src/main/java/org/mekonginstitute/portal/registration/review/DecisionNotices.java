package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the applicant what was decided on their application, and the focal point who nominated them: accepted (or
 * moved up from the waiting list), on the waiting list, or declined with the reason.
 */
@Component
@RequiredArgsConstructor
class DecisionNotices {

    private final Notices notices;
    private final Dates dates;
    private final Countries countries;

    /** The decision just taken on the application. {@code movedUp}: accepted because a place became free. */
    void decided(Application application, boolean movedUp) {
        ActivityFacts activity = ActivityFacts.of(application.getActivity(), dates, countries);
        String decision = decision(application, movedUp);
        String subject = subject(application, activity);
        List<Notice> told = new ArrayList<>();
        if (application.getEmail() != null) {
            told.add(new Notice(
                    application.getEmail(),
                    application.fullName(),
                    subject,
                    letter(application.fullName(), "Your application", application, activity, decision),
                    null));
        }
        String nominator = application.getNominatedByEmail();
        if (nominator != null && !nominator.equalsIgnoreCase(application.getEmail())) {
            told.add(new Notice(
                    nominator,
                    application.getNominatedByName(),
                    subject,
                    letter(
                            application.getNominatedByName(),
                            "Your nomination of " + application.fullName(),
                            application,
                            activity,
                            decision),
                    null));
        }
        notices.sendAll(told);
    }

    private static String subject(Application application, ActivityFacts activity) {
        return switch (application.getStatus()) {
            case ACCEPTED -> "Place confirmed: " + activity.title();
            case WAITING_LIST -> "On the waiting list: " + activity.title();
            case DECLINED -> "Application not accepted: " + activity.title();
            default -> "Your application: " + activity.title();
        };
    }

    private static String decision(Application application, boolean movedUp) {
        ApplicationStatus status = application.getStatus();
        return switch (status) {
            case ACCEPTED ->
                (movedUp ? "A place has become free, and it is yours: " : "")
                        + "the application is accepted and the place is confirmed. The organisers will send the"
                        + " programme and practical information. If the participant can no longer come, please tell"
                        + " them, so that the place goes to the next person on the waiting list.";
            case WAITING_LIST ->
                "all places are taken for now, so the application is on the waiting list. Places that become free"
                        + " go to the waiting list in order, and you will be told at once.";
            case DECLINED -> "the application could not be accepted. The reason:\n\n" + application.getDeclineReason();
            default -> status.label() + ".";
        };
    }

    private static String letter(
            String to, String what, Application application, ActivityFacts activity, String decision) {
        return String.join(
                "\n",
                "Dear " + (to == null || to.isBlank() ? "colleague" : to) + ",",
                "",
                what + " (reference " + application.getReference() + ") to take part in",
                "",
                "  " + activity.title(),
                "  " + activity.line(),
                "",
                "The Mekong Institute has decided: " + decision,
                "",
                "With kind regards,",
                "Mekong Institute");
    }
}
