package org.mekonginstitute.portal.organisation;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The donor and partner register: one organisation per name (ignoring case), deactivated rather than deleted
 * while projects refer to it (the organisation refuses), and its contact persons.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final ObjectProvider<OrganisationInvolvement> involvement;

    public Organisation get(long id) {
        return organisations.findWithContacts(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    /** Every organisation for pickers, inactive ones flagged so pickers can leave them out. */
    public List<OrganisationOption> options() {
        return organisations.findOptions();
    }

    public List<OrganisationOption> activeOptions() {
        return options().stream().filter(OrganisationOption::active).toList();
    }

    public Page<OrganisationRow> search(OrganisationFilter filter) {
        return queries.search(filter);
    }

    /**
     * Up to {@code limit} filtered organisations after the one with id {@code after} (null: from the first), by id,
     * and one more when more follow: a list read by cursor.
     */
    public List<OrganisationRow> after(OrganisationFilter filter, Long after, int limit) {
        return queries.after(filter, after, limit);
    }

    public OrganisationInvolvement.Involvement involvementOf(long id) {
        OrganisationInvolvement source = involvement.getIfAvailable();
        return source == null ? OrganisationInvolvement.Involvement.NONE : source.of(id);
    }

    @Transactional
    public Organisation register(OrganisationProfile profile) {
        organisations.findByNameIgnoringCase(profile.name()).ifPresent(existing -> {
            throw new DuplicateOrganisationException(existing);
        });
        return organisations.saveAndFlush(new Organisation(profile));
    }

    @Transactional
    public Organisation update(long id, OrganisationProfile profile) {
        Organisation organisation = get(id);
        organisation.checkVersion(profile.version());
        organisations
                .findByNameIgnoringCase(profile.name())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new DuplicateOrganisationException(other);
                });
        organisation.apply(profile);
        return organisations.saveAndFlush(organisation);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        get(id).setActive(active);
    }

    @Transactional
    public void delete(long id) {
        Organisation organisation = get(id);
        organisation.checkDeletable(involvementOf(id).references());
        organisations.delete(organisation);
    }

    @Transactional
    public ContactPerson addContact(long organisationId, ContactDetails details) {
        Organisation organisation = get(organisationId);
        ContactPerson contact = organisation.addContact(details);
        organisations.flush();
        return contact;
    }

    public ContactPerson contact(long organisationId, long contactId) {
        return get(organisationId).getContacts().stream()
                .filter(c -> c.getId() == contactId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Contact person", contactId));
    }

    @Transactional
    public void updateContact(long organisationId, long contactId, ContactDetails details) {
        ContactPerson contact = contact(organisationId, contactId);
        contact.checkVersion(details.version());
        contact.apply(details);
        organisations.flush();
    }

    @Transactional
    public void removeContact(long organisationId, long contactId) {
        Organisation organisation = get(organisationId);
        organisation.removeContact(contact(organisationId, contactId));
    }
}
