package org.mekonginstitute.portal.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.PlainText;

import java.util.ArrayList;
import java.util.List;

/** A donor or partner organisation, registered by an administrator. */
@Getter
@Entity
@Table(name = "organisation")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Organisation extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;

    private String country;

    private String website;

    private String notes;

    private boolean active = true;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<ContactPerson> contacts = new ArrayList<>();

    Organisation(OrganisationForm form) {
        apply(form);
    }

    void apply(OrganisationForm form) {
        this.name = form.getName().strip();
        this.acronym = PlainText.strippedOrNull(form.getAcronym());
        this.type = form.getType();
        this.country = PlainText.strippedOrNull(form.getCountry());
        this.website = PlainText.strippedOrNull(form.getWebsite());
        this.notes = PlainText.strippedOrNull(form.getNotes());
    }

    void setActive(boolean active) {
        this.active = active;
    }

    ContactPerson addContact(ContactForm form) {
        ContactPerson contact = new ContactPerson(this, form);
        contacts.add(contact);
        return contact;
    }

    void removeContact(ContactPerson contact) {
        contacts.remove(contact);
    }

    /** "Department of Foreign Affairs and Trade (DFAT)" */
    public String displayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
