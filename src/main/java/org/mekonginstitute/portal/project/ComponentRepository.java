package org.mekonginstitute.portal.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** Project components, read per project in their numbers' order. */
interface ComponentRepository extends JpaRepository<ProjectComponent, Long> {

    @Query("select c from ProjectComponent c where c.project.id = ?1 order by c.number")
    List<ProjectComponent> findByProject(long projectId);
}
