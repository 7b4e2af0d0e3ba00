package org.mekonginstitute.portal.participant;

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
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.PlainText;

import java.time.Instant;

/** A person who takes part in the institute's activities: personal data, handled with care. */
@Getter
@Entity
@Table(name = "participant")
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
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String position;

    @Enumerated(EnumType.STRING)
    private Seniority seniority;

    private String email;

    private String phone;

    private boolean consentToContact;

    private Instant anonymisedAt;

    Participant(ParticipantForm form, Organisation organisation) {
        apply(form, organisation);
    }

    void apply(ParticipantForm form, Organisation organisation) {
        this.title = PlainText.strippedOrNull(form.getTitle());
        this.givenName = form.getGivenName().strip();
        this.familyName = PlainText.strippedOrNull(form.getFamilyName());
        this.gender = form.getGender();
        this.country = form.getCountry();
        this.organisation = organisation;
        this.organisationName = organisation != null && PlainText.strippedOrNull(form.getOrganisationName()) == null
                ? organisation.getName()
                : PlainText.strippedOrNull(form.getOrganisationName());
        this.organisationType = form.getOrganisationType() == null && organisation != null
                ? organisation.getType()
                : form.getOrganisationType();
        this.position = PlainText.strippedOrNull(form.getPosition());
        this.seniority = form.getSeniority();
        this.email = PlainText.strippedOrNull(form.getEmail()) == null
                ? null
                : form.getEmail().strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = PlainText.strippedOrNull(form.getPhone());
        this.consentToContact = form.isConsentToContact();
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
        StringBuilder name = new StringBuilder();
        if (title != null) {
            name.append(title).append(' ');
        }
        name.append(givenName);
        if (familyName != null) {
            name.append(' ').append(familyName);
        }
        return name.toString();
    }
}
