package org.mekonginstitute.portal.participant;

import java.time.LocalDate;
import java.util.List;

/** What an action plan says: its title, country, description, target date and status, and who is in it. */
public record ActionPlanDetails(
        String title,
        String country,
        String description,
        LocalDate targetDate,
        ActionPlanStatus status,
        List<Long> participantIds) {}
