package org.mekonginstitute.portal.registration.setup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.registration.model.RegistrationSettings;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The registration settings of an activity as typed. */
@Getter
@Setter
@NoArgsConstructor
public class RegistrationForm implements Serializable {

    @NotNull(message = "{registration.settings.opensOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @NotNull(message = "{registration.settings.closesOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    @NotNull(message = "{registration.settings.places.required}")
    @Min(value = 1, message = "{registration.settings.places.min}")
    @Max(value = 10000, message = "{registration.settings.places.max}")
    private Integer places;

    @NotNull(message = "{registration.settings.mode.required}")
    private RegistrationMode mode;

    @NotNull(message = "{registration.settings.perLinkLimit.required}")
    @Min(value = 1, message = "{registration.settings.perLinkLimit.min}")
    @Max(10000)
    private Integer perLinkLimit;

    @Size(max = 2000)
    private String note;

    private Asked dietaryNeeds = Asked.OFF;
    private Asked passportName = Asked.OFF;
    private Asked arrivalDate = Asked.OFF;
    private Asked accessibilityNeeds = Asked.OFF;
    private Asked motivation = Asked.OFF;

    private long version;

    public RegistrationSettings toSettings() {
        Map<Question, Asked> questions = new EnumMap<>(Question.class);
        questions.put(Question.DIETARY_NEEDS, orOff(dietaryNeeds));
        questions.put(Question.PASSPORT_NAME, orOff(passportName));
        questions.put(Question.ARRIVAL_DATE, orOff(arrivalDate));
        questions.put(Question.ACCESSIBILITY_NEEDS, orOff(accessibilityNeeds));
        questions.put(Question.MOTIVATION, orOff(motivation));
        return new RegistrationSettings(opensOn, closesOn, places, mode, perLinkLimit, note, questions, version);
    }

    /** The settings of an open registration, to edit. */
    public static RegistrationForm of(Registration registration) {
        RegistrationForm form = new RegistrationForm();
        form.opensOn = registration.getOpensOn();
        form.closesOn = registration.getClosesOn();
        form.places = registration.getPlaces();
        form.mode = registration.getMode();
        form.perLinkLimit = registration.getPerLinkLimit();
        form.note = registration.getNote();
        form.dietaryNeeds = registration.asked(Question.DIETARY_NEEDS);
        form.passportName = registration.asked(Question.PASSPORT_NAME);
        form.arrivalDate = registration.asked(Question.ARRIVAL_DATE);
        form.accessibilityNeeds = registration.asked(Question.ACCESSIBILITY_NEEDS);
        form.motivation = registration.asked(Question.MOTIVATION);
        form.version = registration.getVersion();
        return form;
    }

    /**
     * What a new registration proposes: open from today until a week before the activity starts (or for four weeks),
     * as many places as the activity's target, partners nominating up to ten people each.
     */
    public static RegistrationForm proposedFor(Activity activity, LocalDate today) {
        RegistrationForm form = new RegistrationForm();
        form.opensOn = today;
        LocalDate weekBefore =
                activity.getStartDate() == null ? null : activity.getStartDate().minusDays(7);
        form.closesOn = weekBefore != null && !weekBefore.isBefore(today) ? weekBefore : today.plusWeeks(4);
        form.places = activity.getTargetParticipants() == null ? 20 : activity.getTargetParticipants();
        form.mode = RegistrationMode.NOMINATION;
        form.perLinkLimit = 10;
        return form;
    }

    private static Asked orOff(Asked asked) {
        return asked == null ? Asked.OFF : asked;
    }
}
