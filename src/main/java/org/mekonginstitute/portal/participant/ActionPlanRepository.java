package org.mekonginstitute.portal.participant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    @Query("select distinct a from ActionPlan a left join fetch a.members left join fetch a.updates where a.id = ?1")
    Optional<ActionPlan> findDetailed(long id);

    @Query("select distinct a from ActionPlan a left join fetch a.members where a.activity.id = ?1 order by a.id")
    List<ActionPlan> findByActivity(long activityId);

    @Query("select distinct a from ActionPlan a join fetch a.activity join a.members m where m.id = ?1")
    List<ActionPlan> findByMember(long participantId);
}
