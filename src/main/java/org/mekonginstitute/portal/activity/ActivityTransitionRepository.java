package org.mekonginstitute.portal.activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

/** The review steps of activities, kept for their history. */
interface ActivityTransitionRepository extends JpaRepository<ActivityTransition, Long> {

    @Query("select t from ActivityTransition t where t.activity.id = ?1 order by t.decidedAt, t.id")
    List<ActivityTransition> findHistory(long activityId);
}
