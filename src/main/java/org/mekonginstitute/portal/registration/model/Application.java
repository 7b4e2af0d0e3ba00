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
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Someone who applied, or was nominated, to take part in an activity: not yet an enrolment. Staff accept it (the
 * person is then in the registry and enrolled), put it on the waiting list or decline it with a reason; an accepted
 * person who withdraws frees their place. The application refuses any other step itself ({@link DecisionRefused}).
 */
@Getter
@Entity
@Table(name = "application")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Application extends AuditedEntity {

    static final int MAX_REASON = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "link_id")
    private RegistrationLink link;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String statusTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    private String title;
    private String givenName;
    private String familyName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String country;
    private String organisationName;

    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;

    private String position;

    @Enumerated(EnumType.STRING)
    private Seniority seniority;

    private String email;
    private String phone;
    private boolean consentToContact;

    private String dietaryNeeds;
    private String passportName;
    private LocalDate arrivalDate;
    private String accessibilityNeeds;
    private String motivation;

    private String nominatedByName;
    private String nominatedByEmail;

    private Instant consentGivenAt;
    private Instant submittedAt;

    /** The registry record: linked or created on acceptance; on the waiting list, the one chosen (null: new). */
    private Long participantId;

    private Instant waitingSince;
    private Instant decidedAt;
    private String decidedBy;
    private String declineReason;

    /**
     * The language the form was filled in ({@link Language#code()}): the confirmation and the decisions are written
     * in it, to the applicant and to whoever nominated them.
     */
    @Column(nullable = false, updatable = false)
    private String language;

    /**
     * What arrived through {@code link}, with the applicant's consent given at {@code at}, on the form in
     * {@code language}.
     */
    public Application(
            RegistrationLink link,
            ParticipantDetails person,
            Answers answers,
            Nominator nominator,
            String reference,
            String statusTokenHash,
            Instant at,
            Language language) {
        this.activity = link.getActivity();
        this.link = link;
        this.reference = reference;
        this.statusTokenHash = statusTokenHash;
        this.title = PlainText.strippedOrNull(person.title());
        this.givenName = person.givenName().strip();
        this.familyName = PlainText.strippedOrNull(person.familyName());
        this.gender = person.gender();
        this.country = person.country();
        this.organisationName = PlainText.strippedOrNull(person.organisationName());
        this.organisationType = person.organisationType();
        this.position = PlainText.strippedOrNull(person.position());
        this.seniority = person.seniority();
        String typedEmail = PlainText.strippedOrNull(person.email());
        this.email = typedEmail == null ? null : typedEmail.toLowerCase(Locale.ROOT);
        this.phone = PlainText.strippedOrNull(person.phone());
        this.consentToContact = person.consentToContact();
        this.dietaryNeeds = PlainText.strippedOrNull(answers.dietaryNeeds());
        this.passportName = PlainText.strippedOrNull(answers.passportName());
        this.arrivalDate = answers.arrivalDate();
        this.accessibilityNeeds = PlainText.strippedOrNull(answers.accessibilityNeeds());
        this.motivation = PlainText.strippedOrNull(answers.motivation());
        if (nominator != null) {
            this.nominatedByName = PlainText.strippedOrNull(nominator.name());
            String nominatorEmail = PlainText.strippedOrNull(nominator.email());
            this.nominatedByEmail = nominatorEmail == null ? null : nominatorEmail.toLowerCase(Locale.ROOT);
        }
        this.consentGivenAt = at;
        this.submittedAt = at;
        this.language = language.code();
    }

    /**
     * Accepts the application, only while it waits for review or is on the waiting list, and only while a place is
     * free. {@code person} gives the registry record to enrol: asked only once both hold, so that a refused
     * acceptance makes no record.
     */
    public void accept(Places places, LongSupplier person, String by, Instant at) {
        if (!status.open()) {
            throw refused("registration.decision.refused.accept");
        }
        if (places.full()) {
            throw new DecisionRefused(Text.of("registration.decision.full", String.valueOf(places.total())));
        }
        this.participantId = person.getAsLong();
        decided(ApplicationStatus.ACCEPTED, by, at);
    }

    /**
     * Puts a new application on the waiting list, after those already on it. {@code chosen} is the registry record
     * to link when a place frees (null: a new record then).
     */
    public void putOnWaitingList(Long chosen, String by, Instant at) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw refused("registration.decision.refused.wait");
        }
        this.participantId = chosen;
        this.waitingSince = at;
        decided(ApplicationStatus.WAITING_LIST, by, at);
    }

    /** Declines the application, saying why; an accepted one gives up its place. */
    public void decline(String reason, String by, Instant at) {
        if (status == ApplicationStatus.DECLINED || status == ApplicationStatus.WITHDRAWN) {
            throw refused("registration.decision.refused.decline");
        }
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused(Text.of("registration.decision.reason.required"));
        }
        if (reason.length() > MAX_REASON) {
            throw new DecisionRefused(Text.of("registration.decision.reason.tooLong"));
        }
        PlainText.problem(reason).ifPresent(problem -> {
            throw new DecisionRefused(Text.of("registration.decision.reason.refused", problem));
        });
        this.declineReason = reason.strip();
        if (status == ApplicationStatus.WAITING_LIST && participantId != null) {
            this.participantId = null; // never enrolled: the record chosen for later is no longer meant
        }
        decided(ApplicationStatus.DECLINED, by, at);
    }

    /** The accepted person no longer comes: their place is free for the waiting list. */
    public void withdraw(Instant at) {
        if (status != ApplicationStatus.ACCEPTED) {
            throw refused("registration.decision.refused.withdraw");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.decidedAt = at;
    }

    public boolean holdsPlace() {
        return status == ApplicationStatus.ACCEPTED;
    }

    /** The language to write to the applicant and their nominator in. */
    public Locale locale() {
        return Language.offered(language).orElse(Language.ENGLISH).locale();
    }

    public boolean isNomination() {
        return !link.isOpenLink();
    }

    /** The person's details as the registry takes them. */
    public ParticipantDetails details() {
        return new ParticipantDetails(
                title,
                givenName,
                familyName,
                gender,
                country,
                organisationName,
                organisationType,
                null,
                position,
                seniority,
                email,
                phone,
                consentToContact);
    }

    /** "Ms Nguyễn Thị Hằng": title, given and family name as typed, written as the registry writes names. */
    public String fullName() {
        return Participant.fullName(title, givenName, familyName);
    }

    private void decided(ApplicationStatus to, String by, Instant at) {
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** "An application declined cannot be accepted.": the message {@code key} with the status's name. */
    private DecisionRefused refused(String key) {
        return new DecisionRefused(Text.of(key, status.label().toLowerCase()));
    }
}
