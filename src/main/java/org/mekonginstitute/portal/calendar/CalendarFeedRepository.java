package org.mekonginstitute.portal.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Personal calendar feeds, always looked up with their owner. */
interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByIdAndOwnerId(long id, long ownerId);

    long countByOwnerIdAndRevokedAtIsNull(long ownerId);
}
