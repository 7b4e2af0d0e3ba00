package org.mekonginstitute.portal.registration.model;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

/** The links of each activity, found by their token from the public forms. */
public interface RegistrationLinkRepository extends JpaRepository<RegistrationLink, Long> {

    @Query("select l from RegistrationLink l join fetch l.activity left join fetch l.organisation where l.token = ?1")
    Optional<RegistrationLink> findByToken(String token);

    @Query("select l from RegistrationLink l left join fetch l.organisation where l.activity.id = ?1"
            + " order by l.revokedAt nulls first, l.organisation.name nulls first, l.issuedAt desc")
    List<RegistrationLink> findByActivity(long activityId);
}
