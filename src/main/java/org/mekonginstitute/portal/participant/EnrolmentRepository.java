package org.mekonginstitute.portal.participant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** An activity's enrolments with their people, in the order of its participant list ({@link EnrolmentRows#ORDER}). */
    String BY_ACTIVITY = "select e from Enrolment e join fetch e.participant p where e.activity.id = ?1"
            + " order by p.country, p.familyName, p.givenName, p.id";

    @Query(BY_ACTIVITY)
    List<Enrolment> findByActivity(long activityId);

    /** A page of {@link #findByActivity}: the attendance sheet of a large activity. */
    @Query(value = BY_ACTIVITY, countQuery = "select count(e) from Enrolment e where e.activity.id = ?1")
    Page<Enrolment> findByActivity(long activityId, Pageable page);

    /** Those of these enrolments that belong to the activity, with their people. */
    @Query("select e from Enrolment e join fetch e.participant where e.activity.id = ?1 and e.id in ?2")
    List<Enrolment> findByActivity(long activityId, Collection<Long> enrolmentIds);

    /** A page of an activity's enrolments by id, with their people: the API reads them by cursor. */
    @Query("select e from Enrolment e join fetch e.participant p where e.activity.id = ?1 and e.id > ?2"
            + " order by e.id limit ?3")
    List<Enrolment> findByActivityAfter(long activityId, long afterId, int limit);

    @Query("select e from Enrolment e where e.activity.id = ?1 and e.participant.id = ?2")
    Optional<Enrolment> find(long activityId, long participantId);

    @Query("select e from Enrolment e where e.participant.id = ?1")
    List<Enrolment> findByParticipant(long participantId);

    @Query("select count(e) from Enrolment e where e.activity.id = ?1")
    long countByActivity(long activityId);
}
