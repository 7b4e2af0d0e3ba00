package org.mekonginstitute.portal.registration.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.registration.model.Answers;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationRepository;
import org.mekonginstitute.portal.registration.model.Nominator;
import org.mekonginstitute.portal.registration.model.References;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Demo applications as the public forms store them, from lines "title|given|family|F or M|country|position". */
@Component
@RequiredArgsConstructor
class DemoApplications {

    private final ApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private int sent;

    /** A nomination by the partner's focal point; returns its id. */
    long nominated(RegistrationLink link, String person, String focalPoint) {
        Nominator nominator = new Nominator(
                focalPoint, email(focalPoint, link.getOrganisation().getAcronym()));
        return store(
                link,
                person,
                nominator,
                new Answers(null, passportName(person), LocalDate.of(2027, 1, 19), null, null));
    }

    /** Someone who registered themselves through the open link; returns its id. */
    long registered(RegistrationLink link, String person) {
        return store(link, person, null, new Answers(null, null, null, null, null));
    }

    /** The registry record of a demo participant, by name. */
    Long registered(String givenName, String familyName) {
        return jdbc.queryForObject(
                "select id from participant where given_name = ? and family_name = ? order by id limit 1",
                Long.class,
                givenName,
                familyName);
    }

    private long store(RegistrationLink link, String person, Nominator nominator, Answers answers) {
        String[] p = person.split("\\|");
        String organisation = link.isOpenLink()
                ? p[5].substring(p[5].indexOf(", ") + 2)
                : link.getOrganisation().getName();
        String position = link.isOpenLink() ? p[5].substring(0, p[5].indexOf(", ")) : p[5];
        ParticipantDetails applicant = new ParticipantDetails(
                p[0],
                p[1],
                p[2],
                "F".equals(p[3]) ? Gender.FEMALE : Gender.MALE,
                p[4],
                organisation,
                link.isOpenLink() ? null : OrganisationType.GOVERNMENT_AGENCY,
                null,
                position,
                position.contains("Director") ? Seniority.SENIOR : Seniority.MIDDLE,
                email(p[1] + " " + p[2], p[4]),
                null,
                true);
        Instant at = Instant.now(clock).minus(12 - sent++, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Application application = new Application(
                link,
                applicant,
                answers,
                nominator,
                References.next(),
                SecretTokens.hash(SecretTokens.generate()),
                at,
                Language.ENGLISH);
        return applications.saveAndFlush(application).getId();
    }

    /** The passport spelling of a name in Latin letters, as the form asks for it; null for other scripts. */
    private static String passportName(String person) {
        String[] p = person.split("\\|");
        String name = (p[2] + " " + p[1]).toUpperCase(Locale.ROOT);
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("Đ", "D");
        return plain.matches("[A-Z ]+") ? plain : null;
    }

    /** An address at example.org, so no demo e-mail reaches anyone. */
    private static String email(String name, String domain) {
        String local = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("đ", "d")
                .replace("Đ", "D")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.|\\.$", "");
        String user = local.isEmpty() ? "applicant" + Math.abs(name.hashCode()) : local;
        return user + "@" + domain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example.org";
    }
}
