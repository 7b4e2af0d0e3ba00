package org.mekonginstitute.portal.reporting.donor;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.FinanceReports;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.project.ProjectDetails;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.LearningFigures;
import org.mekonginstitute.portal.reporting.reach.ReachFilter;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Puts a project's donor report together from what the portal holds: nothing is typed twice. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class DonorReportService {

    private final ProjectService projects;
    private final DonorReportQueries queries;
    private final ReachQueries reach;
    private final IndicatorService indicators;
    private final FinanceReports finance;
    private final Clock clock;
    private final ObjectProvider<LearningFigures> learning;

    DonorReport of(long projectId, String preparedBy) {
        ProjectDetails project = projects.details(projectId);
        DonorReportQueries.Activities activities = queries.activities(projectId);
        List<DonorReport.Plan> plans = queries.plans(projectId);
        return new DonorReport(
                project,
                finance.summary(projectId).orElse(null),
                activities.held(),
                activities.planned(),
                activities.cancelled(),
                reach.reach(ReachFilter.ofProject(projectId)),
                indicators.progress(projectId),
                learning.stream().flatMap(l -> l.ofProject(projectId).stream()).toList(),
                plans,
                countByStatus(plans),
                Instant.now(clock),
                preparedBy);
    }

    /** Every status, those without plans at 0, in the order the statuses are listed. */
    private static Map<ActionPlanStatus, Long> countByStatus(List<DonorReport.Plan> plans) {
        Map<ActionPlanStatus, Long> counts = new EnumMap<>(ActionPlanStatus.class);
        for (ActionPlanStatus status : ActionPlanStatus.values()) {
            counts.put(status, plans.stream().filter(p -> p.status() == status).count());
        }
        return counts;
    }
}
