package org.mekonginstitute.portal.registration.model;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.Notice;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * E-mails about an application: to the applicant, and to whoever nominated them unless that is the applicant, in
 * the language the form was filled in. Every letter greets its reader, says what it is about, names the activity as
 * the public may know it, gives its news and closes with the institute's regards.
 */
@Component
@RequiredArgsConstructor
public class ApplicationMail {

    private final Notices notices;
    private final Dates dates;
    private final Countries countries;

    /** What one reader is told: the subject, the opening line, and the lines that follow the activity. */
    public record Letter(String subject, String opening, List<String> news) {}

    /** Writes one reader's letter in the form's language, about the activity as described in that language. */
    @FunctionalInterface
    public interface Writer {
        Letter write(Locale locale, ActivityFacts activity);
    }

    /** Sends the applicant's letter (when they gave an e-mail address) and the nominator's. */
    public void send(Application application, Writer toApplicant, Writer toNominator) {
        Locale locale = application.locale();
        ActivityFacts activity = ActivityFacts.in(locale, application.getActivity(), dates, countries);
        List<Notice> told = new ArrayList<>();
        if (application.getEmail() != null) {
            Letter letter = toApplicant.write(locale, activity);
            told.add(notice(locale, application.getEmail(), application.fullName(), letter, activity));
        }
        String nominator = application.getNominatedByEmail();
        if (nominator != null && !nominator.equalsIgnoreCase(application.getEmail())) {
            Letter letter = toNominator.write(locale, activity);
            told.add(notice(locale, nominator, application.getNominatedByName(), letter, activity));
        }
        notices.sendAll(told);
    }

    private static Notice notice(Locale locale, String email, String name, Letter letter, ActivityFacts activity) {
        List<String> lines = new ArrayList<>(List.of(
                Text.in(
                        locale,
                        "registration.mail.dear",
                        name == null || name.isBlank() ? Text.in(locale, "registration.mail.colleague") : name),
                "",
                letter.opening(),
                "",
                "  " + activity.title(),
                "  " + activity.line(),
                ""));
        lines.addAll(letter.news());
        lines.addAll(List.of(
                "", Text.in(locale, "registration.mail.regards"), Text.in(locale, "registration.mail.signature")));
        return new Notice(email, name, letter.subject(), String.join("\n", lines), null);
    }
}
