package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationLetter;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PortalAddress;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The confirmation with the reference number: to whoever applied (with the address of their own application's
 * page) and to the focal point who nominated them, in the language they filled in the form.
 */
@Component
@RequiredArgsConstructor
class ConfirmationNotices {

    private final Notices notices;
    private final PortalAddress address;
    private final Dates dates;
    private final Countries countries;

    void sent(Application application, String statusToken) {
        Locale locale = application.locale();
        ActivityFacts activity = ActivityFacts.in(locale, application.getActivity(), dates, countries);
        String page = address.of("/apply/status/" + statusToken);
        List<Notice> told = new ArrayList<>();
        if (application.getEmail() != null) {
            String opening = application.isNomination()
                    ? Text.in(
                            locale,
                            "registration.mail.received.nominated",
                            application.getNominatedByName(),
                            application.getLink().getOrganisation().getName())
                    : Text.in(locale, "registration.mail.received.applied");
            told.add(new Notice(
                    application.getEmail(),
                    application.fullName(),
                    Text.in(locale, "registration.mail.received.subject", application.getReference(), activity.title()),
                    letter(locale, application.fullName(), opening, application, activity, page),
                    null));
        }
        if (application.getNominatedByEmail() != null
                && !application.getNominatedByEmail().equals(application.getEmail())) {
            told.add(new Notice(
                    application.getNominatedByEmail(),
                    application.getNominatedByName(),
                    Text.in(
                            locale,
                            "registration.mail.received.nominator.subject",
                            application.getReference(),
                            application.fullName()),
                    letter(
                            locale,
                            application.getNominatedByName(),
                            Text.in(locale, "registration.mail.received.nominator.opening", application.fullName()),
                            application,
                            activity,
                            null),
                    null));
        }
        notices.sendAll(told);
    }

    private static String letter(
            Locale locale, String to, String opening, Application application, ActivityFacts activity, String page) {
        List<String> news = new ArrayList<>(
                List.of(Text.in(locale, "registration.mail.received.reference", application.getReference())));
        if (page != null) {
            news.addAll(List.of("", Text.in(locale, "registration.mail.received.page"), page));
        }
        return ApplicationLetter.write(locale, to, opening, activity, news);
    }
}
