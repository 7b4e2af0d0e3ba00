package org.mekonginstitute.portal.reporting.dashboard;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityAgenda;
import org.mekonginstitute.portal.activity.ReviewBadge;
import org.mekonginstitute.portal.reporting.reach.ReachFilter;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Puts a user's dashboard together, in one transaction: their own lists, and figures shared by everyone (kept until
 * the data changes).
 */
@Service
@RequiredArgsConstructor
class DashboardService {

    static final int UPCOMING = 8;
    static final int WAITING = 5;

    private final ActivityAgenda agenda;
    private final ReviewBadge reviewBadge;
    private final DashboardQueries queries;
    private final ReachQueries reach;
    private final Clock clock;

    @Transactional(readOnly = true)
    Dashboard of(PortalUser user) {
        LocalDate today = LocalDate.now(clock);
        boolean reviewer = user.isManager();
        int year = today.getYear();
        return new Dashboard(
                today,
                agenda.upcomingFor(user.id(), today, UPCOMING),
                reviewer,
                reviewer ? reviewBadge.count() : 0,
                reviewer ? agenda.waitingLongest(WAITING) : List.of(),
                queries.activityFigures(today),
                year,
                reach.reach(ReachFilter.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
    }
}
