package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.web.ParticipantForm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participant CSV file, in the order of the template and the export: the header each has, whether
 * an import needs it, what it holds and an example. Headers are matched ignoring case, spaces and hyphens.
 */
enum ParticipantColumn {
    TITLE("title", false, "Ms", "Mr, Ms, Dr …", "title"),
    GIVEN_NAME(
            "given_name",
            true,
            "Nguyễn Thị",
            "In any script: Latin, Thai, Lao, Khmer, Burmese, Chinese, Vietnamese.",
            "givenName"),
    FAMILY_NAME("family_name", false, "Hằng", "", "familyName"),
    GENDER("gender", true, "FEMALE", "FEMALE, MALE, OTHER or UNDISCLOSED (prefers not to say).", "gender"),
    COUNTRY(
            "country",
            true,
            "VN",
            "ISO 3166-1 alpha-2 code: KH Cambodia, CN China, LA Lao PDR, MM Myanmar, TH Thailand, VN Viet Nam, "
                    + "AU Australia, JP Japan …",
            "country"),
    ORGANISATION(
            "organisation",
            false,
            "Ministry of Labour, Invalids and Social Affairs",
            "The name; linked to the registered organisation of the same name.",
            "organisationName"),
    ORGANISATION_TYPE(
            "organisation_type",
            false,
            "GOVERNMENT_AGENCY",
            String.join(
                            ", ",
                            Arrays.stream(OrganisationType.values())
                                    .map(Enum::name)
                                    .toList()) + " (blank: the registered organisation's type).",
            "organisationType"),
    POSITION("position", false, "Deputy Director, Department of Overseas Labour", "", "position"),
    SENIORITY("seniority", false, "SENIOR", "JUNIOR, MIDDLE, SENIOR or EXECUTIVE.", "seniority"),
    EMAIL(
            "email",
            false,
            "hang.nguyen@example.org",
            "One person per email: a known email means a registered person.",
            "email"),
    PHONE("phone", false, "+84 24 3826 9534", "Digits, spaces and + ( ) - . /", "phone"),
    CONSENT("consent_to_contact", false, "yes", "yes or no (blank: no).", "consentToContact");

    private final String header;
    private final boolean required;
    private final String example;
    private final String help;
    /** The matching field of {@link ParticipantForm}, for validation messages. */
    private final String field;

    ParticipantColumn(String header, boolean required, String example, String help, String field) {
        this.header = header;
        this.required = required;
        this.example = example;
        this.help = help;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    public String help() {
        return help;
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
