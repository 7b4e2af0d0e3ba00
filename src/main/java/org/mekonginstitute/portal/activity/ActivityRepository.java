package org.mekonginstitute.portal.activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** Activities, loaded with what their page shows: project, department, host and staff. */
interface ActivityRepository extends JpaRepository<Activity, Long> {

    @Query("select distinct a from Activity a join fetch a.project p join fetch p.department"
            + " left join fetch a.host left join fetch a.staff where a.id = ?1")
    Optional<Activity> findDetailed(long id);

    long countByProjectId(long projectId);
}
