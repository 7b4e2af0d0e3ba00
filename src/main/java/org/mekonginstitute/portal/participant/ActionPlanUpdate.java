package org.mekonginstitute.portal.participant;

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
import java.time.LocalDate;

/** A dated note on an action plan's progress, with the status it left the plan in. Never changed. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ActionPlanUpdate extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionPlan actionPlan;

    @Column(nullable = false)
    private LocalDate updateDate;

    @Column(nullable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionPlanStatus statusAfter;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    ActionPlanUpdate(
            ActionPlan plan,
            LocalDate date,
            String note,
            ActionPlanStatus statusAfter,
            String recordedBy,
            Instant recordedAt) {
        this.actionPlan = plan;
        this.updateDate = date;
        this.note = note.strip();
        this.statusAfter = statusAfter;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
