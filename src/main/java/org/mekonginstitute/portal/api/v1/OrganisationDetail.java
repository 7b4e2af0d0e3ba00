package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;

import java.util.List;

/** A donor or partner with its contact persons. */
public record OrganisationDetail(
        long id,
        String name,
        String acronym,
        OrganisationType type,
        String country,
        String website,
        String notes,
        boolean active,
        List<Contact> contacts) {

    /** Someone to contact at the organisation. */
    public record Contact(long id, String name, String position, String email, String phone) {
        static Contact of(ContactPerson person) {
            return new Contact(
                    person.getId(), person.getName(), person.getPosition(), person.getEmail(), person.getPhone());
        }
    }

    static OrganisationDetail of(Organisation o) {
        return new OrganisationDetail(
                o.getId(),
                o.getName(),
                o.getAcronym(),
                o.getType(),
                o.getCountry(),
                o.getWebsite(),
                o.getNotes(),
                o.isActive(),
                o.getContacts().stream().map(Contact::of).toList());
    }
}
