package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;

/** Enrols a registered person in an activity, once. */
public record EnrolmentRequest(
        @NotNull(message = "Name the person by their id.") Long participantId,
        @Schema(description = "PARTICIPANT when left out") EnrolmentRole role,
        @Schema(description = "REGISTERED when left out") AttendanceStatus status) {}
