package org.mekonginstitute.portal.registration.model;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** Each activity's registration settings, with the activity they belong to. */
public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r join fetch r.activity where r.activity.id = ?1")
    Optional<Registration> findByActivity(long activityId);

    /** The registration locked until the transaction ends, so decisions on one activity count its places in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.activity.id = ?1")
    Optional<Registration> lockByActivity(long activityId);
}
