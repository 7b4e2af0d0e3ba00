package org.mekonginstitute.portal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.IdentifiedEntity;

import java.time.Instant;

/** One step in an activity's review history: who moved it from what to what, when, and why. Never changed. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActivityTransition extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus toStatus;

    @Column(nullable = false)
    private String decidedBy;

    @Column(nullable = false)
    private Instant decidedAt;

    private String comment;

    ActivityTransition(
            Activity activity, ActivityStatus from, ActivityStatus to, String decidedBy, Instant at, String comment) {
        this.activity = activity;
        this.fromStatus = from;
        this.toStatus = to;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
