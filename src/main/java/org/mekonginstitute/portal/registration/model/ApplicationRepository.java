package org.mekonginstitute.portal.registration.model;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Applications, with what their decisions need. */
public interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("select a from Application a join fetch a.link l left join fetch l.organisation where a.id = ?1")
    Optional<Application> findDetailed(long id);

    @Query("select a from Application a join fetch a.link where a.statusTokenHash = ?1")
    Optional<Application> findByStatusTokenHash(String hash);

    /** The waiting list in order: who came onto it first moves up first. */
    @Query("select a from Application a where a.activity.id = ?1"
            + " and a.status = org.mekonginstitute.portal.registration.model.ApplicationStatus.WAITING_LIST"
            + " order by a.waitingSince, a.id")
    List<Application> findWaiting(long activityId);

    @Query("select a from Application a where a.activity.id = ?1 and a.participantId in ?2"
            + " and a.status = org.mekonginstitute.portal.registration.model.ApplicationStatus.ACCEPTED")
    List<Application> findAccepted(long activityId, Collection<Long> participantIds);

    long countByLinkId(long linkId);

    boolean existsByReference(String reference);
}
