package org.mekonginstitute.portal.registration.model;

import org.mekonginstitute.portal.shared.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail about an application, to the applicant or whoever nominated them, in the language of the form: the
 * greeting, what it is about, the activity, what there is to say, and the institute's regards.
 */
public final class ApplicationLetter {

    private ApplicationLetter() {}

    /** {@code to}: the recipient's name (a colleague when none is known); {@code news}: the lines after the activity. */
    public static String write(Locale locale, String to, String opening, ActivityFacts activity, List<String> news) {
        List<String> lines = new ArrayList<>(List.of(
                Text.in(
                        locale,
                        "registration.mail.dear",
                        to == null || to.isBlank() ? Text.in(locale, "registration.mail.colleague") : to),
                "",
                opening,
                "",
                "  " + activity.title(),
                "  " + activity.line(),
                ""));
        lines.addAll(news);
        lines.addAll(List.of(
                "", Text.in(locale, "registration.mail.regards"), Text.in(locale, "registration.mail.signature")));
        return String.join("\n", lines);
    }
}
