package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Problem;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Country;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values of a line, as the registry's form takes them: codes (or labels, in English or the reader's language) of
 * genders, organisation types and seniorities, ISO country codes, yes or no; the organisation linked when one of that
 * name is registered. A value that is none of what its column allows becomes a problem of the line.
 */
@Component
@RequiredArgsConstructor
class ValueReader {

    private final OrganisationService organisations;
    private final Countries countries;

    /** The active registered organisations by name (case aside), for {@link #form}. */
    Map<String, OrganisationOption> registeredOrganisations() {
        Map<String, OrganisationOption> byName = new HashMap<>();
        organisations.activeOptions().forEach(o -> byName.putIfAbsent(key(o.name()), o));
        return byName;
    }

    /** The form a line fills ({@code values} by header); what cannot be read is added to {@code problems}. */
    ParticipantForm form(
            Map<String, String> values, Map<String, OrganisationOption> registered, List<Problem> problems) {
        ParticipantForm form = new ParticipantForm();
        form.setTitle(values.get(ParticipantColumn.TITLE.header()));
        form.setGivenName(values.get(ParticipantColumn.GIVEN_NAME.header()));
        form.setFamilyName(values.get(ParticipantColumn.FAMILY_NAME.header()));
        form.setGender(code(values, ParticipantColumn.GENDER, Gender.values(), Gender::label, problems));
        form.setCountry(country(values.get(ParticipantColumn.COUNTRY.header()), problems));
        form.setOrganisationName(values.get(ParticipantColumn.ORGANISATION.header()));
        form.setOrganisationType(code(
                values,
                ParticipantColumn.ORGANISATION_TYPE,
                OrganisationType.values(),
                OrganisationType::label,
                problems));
        form.setPosition(values.get(ParticipantColumn.POSITION.header()));
        form.setSeniority(code(values, ParticipantColumn.SENIORITY, Seniority.values(), Seniority::label, problems));
        form.setEmail(values.get(ParticipantColumn.EMAIL.header()));
        form.setPhone(values.get(ParticipantColumn.PHONE.header()));
        form.setConsentToContact(yesOrNo(values.get(ParticipantColumn.CONSENT.header()), problems));
        form.setCreateAnyway(true);
        if (form.getOrganisationName() != null) {
            OrganisationOption organisation = registered.get(key(form.getOrganisationName()));
            if (organisation != null) {
                form.setOrganisationId(organisation.id());
            }
        }
        return form;
    }

    /** An enum from its code or its label (the reader's or the English one), ignoring case; blank is none. */
    private static <E extends Enum<E>> E code(
            Map<String, String> values,
            ParticipantColumn column,
            E[] options,
            Function<E, String> label,
            List<Problem> problems) {
        String value = values.get(column.header());
        if (value == null) {
            return null;
        }
        String typed = value.strip().replace(' ', '_');
        for (E option : options) {
            if (option.name().equalsIgnoreCase(typed)
                    || label.apply(option).equalsIgnoreCase(value.strip())
                    || value.strip().equalsIgnoreCase(englishLabel(option))) {
                return option;
            }
        }
        problems.add(new Problem(
                column.header(),
                Text.of(
                        "participant.import.value.notOneOf",
                        value,
                        Arrays.stream(options).map(Enum::name).collect(Collectors.joining(", ")))));
        return null;
    }

    /** The English name of a value, as files written in English name it; null if the bundles name it not. */
    private static String englishLabel(Enum<?> option) {
        return Text.MESSAGES.getMessage(Text.labelKey(option), null, null, Locale.ENGLISH);
    }

    private String country(String value, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (countries.isValid(code)) {
            return code;
        }
        Optional<Country> named = countries.all().stream()
                .filter(c -> c.name().equalsIgnoreCase(value.strip()))
                .findFirst();
        problems.add(new Problem(
                ParticipantColumn.COUNTRY.header(),
                named.map(c -> Text.of("participant.import.value.countryName", c.code(), c.name()))
                        .orElseGet(() -> Text.of("participant.import.value.country", value))));
        return null;
    }

    private static boolean yesOrNo(String value, List<Problem> problems) {
        if (value == null) {
            return false;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> {
                return true;
            }
            case "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                problems.add(new Problem(
                        ParticipantColumn.CONSENT.header(), Text.of("participant.import.value.yesNo", value)));
                return false;
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
