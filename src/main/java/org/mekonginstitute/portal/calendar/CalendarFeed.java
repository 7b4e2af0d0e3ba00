package org.mekonginstitute.portal.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.shared.IdentifiedEntity;

import java.time.Instant;

/**
 * A personal iCalendar feed as the database knows it: whose it is, its name, the SHA-256 of its token (never the
 * token itself), the filters it keeps, and when it was created and revoked.
 */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class CalendarFeed extends IdentifiedEntity {

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    private Long projectId;
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    private String country;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant revokedAt;

    CalendarFeed(long ownerId, String name, String tokenHash, FeedFilters filters, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.projectId = filters.projectId();
        this.departmentId = filters.department();
        this.type = filters.type();
        this.country = filters.country();
        this.createdAt = createdAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Stops the feed; revoking it again changes nothing, the first time stays on record. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
