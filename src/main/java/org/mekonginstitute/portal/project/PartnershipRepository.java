package org.mekonginstitute.portal.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Partnerships, read per project with their organisations. */
interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("select p from Partnership p join fetch p.organisation o where p.project.id = ?1 order by p.role, o.name")
    List<Partnership> findByProject(long projectId);

    @Query("select count(p) > 0 from Partnership p where p.project.id = ?1 and p.organisation.id = ?2 and p.role = ?3")
    boolean exists(long projectId, long organisationId, PartnershipRole role);
}
