package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The confirmation with the reference number: to whoever applied (with the address of their own application's
 * page) and to the focal point who nominated them.
 */
@Component
@RequiredArgsConstructor
class ConfirmationNotices {

    private final Notices notices;
    private final PortalAddress address;
    private final Dates dates;
    private final Countries countries;

    void sent(Application application, String statusToken) {
        ActivityFacts activity = ActivityFacts.of(application.getActivity(), dates, countries);
        String page = address.of("/apply/status/" + statusToken);
        List<Notice> told = new ArrayList<>();
        if (application.getEmail() != null) {
            String opening = application.isNomination()
                    ? application.getNominatedByName() + " of "
                            + application.getLink().getOrganisation().getName() + " nominated you to take part in"
                    : "Thank you for applying to take part in";
            told.add(new Notice(
                    application.getEmail(),
                    application.fullName(),
                    "Application received (" + application.getReference() + "): " + activity.title(),
                    letter(application.fullName(), opening, application, activity, page),
                    null));
        }
        if (application.getNominatedByEmail() != null
                && !application.getNominatedByEmail().equals(application.getEmail())) {
            told.add(new Notice(
                    application.getNominatedByEmail(),
                    application.getNominatedByName(),
                    "Nomination received (" + application.getReference() + "): " + application.fullName(),
                    letter(
                            application.getNominatedByName(),
                            "Thank you for nominating " + application.fullName() + " to take part in",
                            application,
                            activity,
                            null),
                    null));
        }
        notices.sendAll(told);
    }

    private static String letter(
            String to, String opening, Application application, ActivityFacts activity, String page) {
        List<String> lines = new ArrayList<>(List.of(
                "Dear " + (to == null || to.isBlank() ? "colleague" : to) + ",",
                "",
                opening,
                "",
                "  " + activity.title(),
                "  " + activity.line(),
                "",
                "The reference number is " + application.getReference() + ". The Mekong Institute reviews every"
                        + " application and will tell you its decision by e-mail."));
        if (page != null) {
            lines.addAll(List.of(
                    "",
                    "Your application and its decision are also on this page, which only you have the address of:",
                    page));
        }
        lines.addAll(List.of("", "With kind regards,", "Mekong Institute"));
        return String.join("\n", lines);
    }
}
