package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participant CSV file, in the order of the template and the export: the header each has, whether
 * an import needs it, what it holds and an example. Headers are matched ignoring case, spaces and hyphens. The headers
 * are the same in every language, so that a file moves between readers of any language; what a column holds and the
 * example line of the template are in the reader's language (i18n/participant.properties,
 * {@code participant.column.<header>.help} and {@code .example}), except the codes every language writes alike.
 */
enum ParticipantColumn {
    TITLE("title", false, null, "title"),
    GIVEN_NAME("given_name", true, null, "givenName"),
    FAMILY_NAME("family_name", false, null, "familyName"),
    GENDER("gender", true, "FEMALE", "gender"),
    COUNTRY("country", true, null, "country"),
    ORGANISATION("organisation", false, null, "organisationName"),
    ORGANISATION_TYPE("organisation_type", false, "GOVERNMENT_AGENCY", "organisationType"),
    POSITION("position", false, null, "position"),
    SENIORITY("seniority", false, "SENIOR", "seniority"),
    EMAIL("email", false, null, "email"),
    PHONE("phone", false, null, "phone"),
    CONSENT("consent_to_contact", false, "yes", "consentToContact");

    private final String header;
    private final boolean required;
    /** The example of a column of codes, the same in every language; null: the bundle's, in the reader's. */
    private final String code;
    /** The matching field of {@link ParticipantForm}, for validation messages. */
    private final String field;

    ParticipantColumn(String header, boolean required, String code, String field) {
        this.header = header;
        this.required = required;
        this.code = code;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The value of this column in the template's example line. */
    public String example() {
        return code != null ? code : Text.of(key("example"));
    }

    /** What the column holds, in the reader's language; empty where the header says it all. */
    public String help() {
        Object[] codes = this == ORGANISATION_TYPE
                ? new Object[] {
                    String.join(
                            ", ",
                            Arrays.stream(OrganisationType.values())
                                    .map(Enum::name)
                                    .toList())
                }
                : null;
        return Text.MESSAGES.getMessage(key("help"), codes, "", LocaleContextHolder.getLocale());
    }

    /** The key of something the bundles say of this column: participant.column.given_name.help, and so on. */
    private String key(String what) {
        return String.join(".", "participant", "column", header, what);
    }

    String field() {
        return field;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(ParticipantColumn::header).toList();
    }

    /** The column a header names: "Given name", "given-name" and "GIVEN_NAME" all name {@link #GIVEN_NAME}. */
    static Optional<ParticipantColumn> named(String header) {
        String key = normalise(header);
        return Arrays.stream(values())
                .filter(c -> normalise(c.header).equals(key))
                .findFirst();
    }

    static Optional<ParticipantColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
    }
}
