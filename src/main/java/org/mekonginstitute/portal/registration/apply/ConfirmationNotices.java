package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationMail;
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

    private final ApplicationMail mail;
    private final PortalAddress address;

    void sent(Application application, String statusToken) {
        String page = address.of("/apply/status/" + statusToken);
        String reference = application.getReference();
        mail.send(
                application,
                (locale, activity) -> new ApplicationMail.Letter(
                        Text.in(locale, "registration.mail.received.subject", reference, activity.title()),
                        opening(locale, application),
                        received(locale, reference, page)),
                (locale, activity) -> new ApplicationMail.Letter(
                        Text.in(
                                locale,
                                "registration.mail.received.nominator.subject",
                                reference,
                                application.fullName()),
                        Text.in(locale, "registration.mail.received.nominator.opening", application.fullName()),
                        received(locale, reference, null)));
    }

    /** How the applicant came to apply: nominated by a partner's focal point, or on their own. */
    private static String opening(Locale locale, Application application) {
        return application.isNomination()
                ? Text.in(
                        locale,
                        "registration.mail.received.nominated",
                        application.getNominatedByName(),
                        application.getLink().getOrganisation().getName())
                : Text.in(locale, "registration.mail.received.applied");
    }

    /** The reference number and, for the applicant, the address of their own application's page. */
    private static List<String> received(Locale locale, String reference, String page) {
        List<String> news =
                new ArrayList<>(List.of(Text.in(locale, "registration.mail.received.reference", reference)));
        if (page != null) {
            news.addAll(List.of("", Text.in(locale, "registration.mail.received.page"), page));
        }
        return news;
    }
}
