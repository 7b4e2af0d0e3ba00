package org.mekonginstitute.portal.reporting.donor;

import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.finance.FinancialSummary;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.project.ProjectDetails;
import org.mekonginstitute.portal.reporting.LearningFigures;
import org.mekonginstitute.portal.reporting.indicator.IndicatorProgress;
import org.mekonginstitute.portal.reporting.reach.Reach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a donor is told about a project, as of one moment: the project and its funding, the financial summary
 * (null while the project keeps no budget), the activities held, the people reached by country and gender,
 * indicators against targets, what the activities taught and how they were rated, and how the action plans are
 * coming on.
 * The page and the PDF both show this one record.
 */
record DonorReport(
        ProjectDetails project,
        FinancialSummary finance,
        List<HeldActivity> held,
        long activitiesPlanned,
        long activitiesCancelled,
        Reach reach,
        List<IndicatorProgress> indicators,
        List<LearningFigures.ActivityLearning> learning,
        List<Plan> plans,
        Map<ActionPlanStatus, Long> planCounts,
        Instant preparedAt,
        String preparedBy) {

    /** A completed activity, with the participations it counted (attended, as participant). */
    public record HeldActivity(
            long id,
            String title,
            ActivityType type,
            LocalDate start,
            LocalDate end,
            String place,
            long participations) {}

    /** An action plan with the names of those who committed to it and its last dated update. */
    public record Plan(
            String title,
            String country,
            ActionPlanStatus status,
            LocalDate targetDate,
            LocalDate lastUpdate,
            String members) {}
}
