package org.mekonginstitute.portal.organisation;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The donor and partner register: rules for names, deactivation and deletion live here. */
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

    Page<OrganisationRow> search(OrganisationFilter filter) {
        return queries.search(filter);
    }

    OrganisationInvolvement.Involvement involvementOf(long id) {
        OrganisationInvolvement source = involvement.getIfAvailable();
        return source == null ? OrganisationInvolvement.Involvement.NONE : source.of(id);
    }

    @Transactional
    public Organisation register(OrganisationForm form) {
        organisations.findByNameIgnoringCase(form.getName()).ifPresent(existing -> {
            throw new DuplicateOrganisationException(existing);
        });
        return organisations.saveAndFlush(new Organisation(form));
    }

    @Transactional
    Organisation update(long id, OrganisationForm form) {
        Organisation organisation = get(id);
        organisation.checkVersion(form.getVersion());
        organisations
                .findByNameIgnoringCase(form.getName())
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new DuplicateOrganisationException(other);
                });
        organisation.apply(form);
        return organisations.saveAndFlush(organisation);
    }

    @Transactional
    void setActive(long id, boolean active) {
        get(id).setActive(active);
    }

    @Transactional
    void delete(long id) {
        Organisation organisation = get(id);
        int references = involvementOf(id).references();
        if (references > 0) {
            throw new InUseException(organisation.displayName() + " is referred to by " + references
                    + (references == 1 ? " funding line or partnership" : " funding lines and partnerships")
                    + " and cannot be deleted. Deactivate it instead: it then no longer appears in pickers.");
        }
        organisations.delete(organisation);
    }

    @Transactional
    ContactPerson addContact(long organisationId, ContactForm form) {
        Organisation organisation = get(organisationId);
        ContactPerson contact = organisation.addContact(form);
        organisations.flush();
        return contact;
    }

    ContactPerson contact(long organisationId, long contactId) {
        return get(organisationId).getContacts().stream()
                .filter(c -> c.getId() == contactId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Contact person", contactId));
    }

    @Transactional
    void updateContact(long organisationId, long contactId, ContactForm form) {
        ContactPerson contact = contact(organisationId, contactId);
        contact.checkVersion(form.getVersion());
        contact.apply(form);
        organisations.flush();
    }

    @Transactional
    void removeContact(long organisationId, long contactId) {
        Organisation organisation = get(organisationId);
        organisation.removeContact(contact(organisationId, contactId));
    }
}
