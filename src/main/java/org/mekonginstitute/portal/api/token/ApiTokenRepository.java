package org.mekonginstitute.portal.api.token;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Optional;

/** Personal access tokens, looked up with their owner (or by an administrator, by id alone). */
interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByIdAndOwnerId(long id, long ownerId);

    long countByOwnerIdAndRevokedAtIsNullAndExpiresAtAfter(long ownerId, Instant now);
}
