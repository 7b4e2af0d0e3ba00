package org.mekonginstitute.portal.participant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query("select p from Participant p left join fetch p.organisation where p.id = ?1")
    Optional<Participant> findDetailed(long id);

    @Query("select p from Participant p where lower(p.email) = lower(?1)")
    Optional<Participant> findByEmail(String email);
}
