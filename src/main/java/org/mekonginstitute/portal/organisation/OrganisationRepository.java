package org.mekonginstitute.portal.organisation;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** Registered organisations: found by name (ignoring case), with their contact persons, or as picker options. */
interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where lower(o.name) = lower(?1)")
    Optional<Organisation> findByLowerName(String name);

    /** Names are the same ignoring case and surrounding spaces. */
    default Optional<Organisation> findByNameIgnoringCase(String name) {
        return name == null ? Optional.empty() : findByLowerName(name.strip());
    }

    @EntityGraph(attributePaths = "contacts")
    @Query("select o from Organisation o where o.id = ?1")
    Optional<Organisation> findWithContacts(long id);

    @Query(
            "select new org.mekonginstitute.portal.organisation.OrganisationOption(o.id, o.name, o.acronym, o.type, o.active)"
                    + " from Organisation o order by o.name")
    List<OrganisationOption> findOptions();
}
