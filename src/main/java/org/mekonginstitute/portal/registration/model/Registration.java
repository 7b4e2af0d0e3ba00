package org.mekonginstitute.portal.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Registration on one activity: the dates it is open, its places, who brings people, the questions the form asks
 * and the note it shows. It decides whether the public forms take applications on a given day.
 */
@Getter
@Entity
@Table(name = "registration")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Registration extends AuditedEntity {

    /** Activities nobody registers for any more. */
    private static final Set<ActivityStatus> OVER =
            EnumSet.of(ActivityStatus.CANCELLED, ActivityStatus.COMPLETED, ActivityStatus.POSTPONED);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate closesOn;

    private int places;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationMode mode;

    private int perLinkLimit;

    private String note;

    @Enumerated(EnumType.STRING)
    private Asked askDietaryNeeds = Asked.OFF;

    @Enumerated(EnumType.STRING)
    private Asked askPassportName = Asked.OFF;

    @Enumerated(EnumType.STRING)
    private Asked askArrivalDate = Asked.OFF;

    @Enumerated(EnumType.STRING)
    private Asked askAccessibilityNeeds = Asked.OFF;

    @Enumerated(EnumType.STRING)
    private Asked askMotivation = Asked.OFF;

    /** Opens registration on the activity; a cancelled, postponed or completed activity refuses. */
    public Registration(Activity activity, RegistrationSettings settings) {
        if (OVER.contains(activity.getStatus())) {
            throw new DecisionRefused(over(activity.getStatus()));
        }
        this.activity = activity;
        apply(settings);
    }

    /** "A cancelled activity takes no registrations: ...", for each status of {@link #OVER}. */
    private static String over(ActivityStatus status) {
        return switch (status) {
            case COMPLETED -> Text.of("registration.open.over.COMPLETED");
            case POSTPONED -> Text.of("registration.open.over.POSTPONED");
            default -> Text.of("registration.open.over.CANCELLED");
        };
    }

    /** Takes new settings; a closing day before the opening day is refused beside its field. */
    public void apply(RegistrationSettings settings) {
        new InvalidInput.Collector()
                .addIf(
                        settings.closesOn().isBefore(settings.opensOn()),
                        "closesOn",
                        Text.of("registration.settings.closesOn.beforeOpening"))
                .check();
        this.opensOn = settings.opensOn();
        this.closesOn = settings.closesOn();
        this.places = settings.places();
        this.mode = settings.mode();
        this.perLinkLimit = settings.perLinkLimit();
        this.note = PlainText.strippedOrNull(settings.note());
        this.askDietaryNeeds = settings.asked(Question.DIETARY_NEEDS);
        this.askPassportName = settings.asked(Question.PASSPORT_NAME);
        this.askArrivalDate = settings.asked(Question.ARRIVAL_DATE);
        this.askAccessibilityNeeds = settings.asked(Question.ACCESSIBILITY_NEEDS);
        this.askMotivation = settings.asked(Question.MOTIVATION);
    }

    /** Whether the public forms take applications on this day (Bangkok time), and if not why. */
    public Window windowOn(LocalDate today) {
        if (OVER.contains(activity.getStatus())) {
            return Window.OVER;
        }
        if (today.isBefore(opensOn)) {
            return Window.NOT_YET;
        }
        return today.isAfter(closesOn) ? Window.CLOSED : Window.OPEN;
    }

    /** The states of the registration window. */
    public enum Window {
        NOT_YET,
        OPEN,
        CLOSED,
        OVER
    }

    public Asked asked(Question question) {
        return switch (question) {
            case DIETARY_NEEDS -> askDietaryNeeds;
            case PASSPORT_NAME -> askPassportName;
            case ARRIVAL_DATE -> askArrivalDate;
            case ACCESSIBILITY_NEEDS -> askAccessibilityNeeds;
            case MOTIVATION -> askMotivation;
        };
    }

    /** Every optional question with how it is asked, in the form's order. */
    public Map<Question, Asked> questions() {
        Map<Question, Asked> questions = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            questions.put(question, asked(question));
        }
        return questions;
    }

    public Places places(long taken) {
        return new Places(places, taken);
    }
}
