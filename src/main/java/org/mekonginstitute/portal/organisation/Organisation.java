package org.mekonginstitute.portal.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.util.ArrayList;
import java.util.List;

/** A donor or partner organisation, registered by an administrator. */
@Getter
@Entity
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

    Organisation(OrganisationProfile profile) {
        apply(profile);
    }

    void apply(OrganisationProfile profile) {
        this.name = profile.name().strip();
        this.acronym = PlainText.strippedOrNull(profile.acronym());
        this.type = profile.type();
        this.country = PlainText.strippedOrNull(profile.country());
        this.website = PlainText.strippedOrNull(profile.website());
        this.notes = PlainText.strippedOrNull(profile.notes());
    }

    /** Deactivated, it no longer appears in pickers; the projects that refer to it keep their history. */
    void setActive(boolean active) {
        this.active = active;
    }

    /**
     * Refuses ({@link InUseException}) to delete an organisation that funding lines or partnerships refer to:
     * deactivating it keeps the projects' history.
     */
    void checkDeletable(int references) {
        if (references > 0) {
            throw new InUseException(Text.of(
                    references == 1 ? "organisation.delete.inUse.one" : "organisation.delete.inUse.many",
                    displayName(),
                    String.valueOf(references)));
        }
    }

    ContactPerson addContact(ContactDetails details) {
        ContactPerson contact = new ContactPerson(this, details);
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
