package org.mekonginstitute.portal.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** Projects, loaded with what a use case needs: the overview's references, or the partnerships or components. */
interface ProjectRepository extends JpaRepository<Project, Long> {

    @Query("select p from Project p join fetch p.department left join fetch p.manager where p.id = ?1")
    Optional<Project> findDetailed(long id);

    Optional<Project> findByCode(String code);

    @Query("select p from Project p left join fetch p.partnerships pa left join fetch pa.organisation where p.id = ?1")
    Optional<Project> findWithPartnerships(long id);

    @Query("select p from Project p left join fetch p.components where p.id = ?1")
    Optional<Project> findWithComponents(long id);
}
