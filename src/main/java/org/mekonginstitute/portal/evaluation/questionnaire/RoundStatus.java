package org.mekonginstitute.portal.evaluation.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** Whether a round is open or closed, and since when. */
@Embeddable
public record RoundStatus(
        @Enumerated(EnumType.STRING) @Column(name = "state", nullable = false)
        RoundState state,

        @Column(name = "changed_at", nullable = false) Instant changedAt) {}
