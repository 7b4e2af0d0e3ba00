package org.mekonginstitute.portal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.PlainText;

/** Someone to talk to at a donor or partner. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ContactPerson extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @Column(nullable = false)
    private String name;

    private String position;

    private String email;

    private String phone;

    ContactPerson(Organisation organisation, ContactDetails details) {
        this.organisation = organisation;
        apply(details);
    }

    void apply(ContactDetails details) {
        this.name = details.name().strip();
        this.position = PlainText.strippedOrNull(details.position());
        this.email = PlainText.strippedOrNull(details.email());
        this.phone = PlainText.strippedOrNull(details.phone());
    }
}
