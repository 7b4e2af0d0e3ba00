package org.mekonginstitute.portal.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.util.Locale;

/** A person who takes part in the institute's activities: personal data, handled with care. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participant extends AuditedEntity {

    private String title;

    @Column(nullable = false)
    private String givenName;

    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(nullable = false)
    private String country;

    private String organisationName;

    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organisation organisation;

    private String position;

    @Enumerated(EnumType.STRING)
    private Seniority seniority;

    private String email;

    private String phone;

    private boolean consentToContact;

    private Instant anonymisedAt;

    /** A new record of the details; it is written by {@link ParticipantWriter}, as every new participant is. */
    Participant(ParticipantDetails details, Organisation organisation) {
        apply(details, organisation);
    }

    /**
     * Takes the details as typed: blanks are none, the email in lower case, and the registered organisation
     * ({@code organisation}, the one {@code details} links) gives its name and type where none were typed. An
     * anonymised record refuses: there is nobody left in it to describe.
     */
    void apply(ParticipantDetails details, Organisation organisation) {
        checkEditable();
        String typedOrganisation = PlainText.strippedOrNull(details.organisationName());
        String typedEmail = PlainText.strippedOrNull(details.email());
        this.title = PlainText.strippedOrNull(details.title());
        this.givenName = details.givenName().strip();
        this.familyName = PlainText.strippedOrNull(details.familyName());
        this.gender = details.gender();
        this.country = details.country();
        this.organisation = organisation;
        this.organisationName =
                organisation != null && typedOrganisation == null ? organisation.getName() : typedOrganisation;
        this.organisationType = details.organisationType() == null && organisation != null
                ? organisation.getType()
                : details.organisationType();
        this.position = PlainText.strippedOrNull(details.position());
        this.seniority = details.seniority();
        this.email = typedEmail == null ? null : typedEmail.toLowerCase(Locale.ROOT);
        this.phone = PlainText.strippedOrNull(details.phone());
        this.consentToContact = details.consentToContact();
    }

    /** Refuses any change to an anonymised record. */
    void checkEditable() {
        if (isAnonymised()) {
            throw new InUseException(Text.of("participant.anonymised.readOnly"));
        }
    }

    /**
     * Clears everything that identifies the person; gender, country, organisation type and attendance stay for
     * the statistics.
     */
    void anonymise(Instant at) {
        this.title = null;
        this.givenName = "Anonymised";
        this.familyName = "participant " + getId();
        this.organisationName = null;
        this.organisation = null;
        this.position = null;
        this.email = null;
        this.phone = null;
        this.consentToContact = false;
        this.anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** "Ms Nguyễn Thị Hằng" style: title, given and family name as entered. */
    public String fullName() {
        return fullName(title, givenName, familyName);
    }

    /** A person's name as the portal writes it, wherever its parts come from (a record, a line of a list). */
    public static String fullName(String title, String givenName, String familyName) {
        return (title == null ? "" : title + " ") + givenName + (familyName == null ? "" : " " + familyName);
    }
}
