package org.mekonginstitute.portal.reporting.dashboard;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The dashboard's activity figures in one statement, kept until the data changes. */
@Component
@RequiredArgsConstructor
class DashboardQueries {

    static final int MONTHS = 12;

    private static final String SQL = """
            select m.month,
                   count(a.id) filter (where a.status <> 'CANCELLED') as planned,
                   count(a.id) filter (where a.status = 'COMPLETED') as completed,
                   (select count(*) from project where status = 'ONGOING') as ongoing_projects,
                   (select count(*) from activity q
                     where coalesce(q.start_date, q.planned_from) between :quarterStart and :quarterEnd
                       and q.status <> 'CANCELLED') as this_quarter
              from (select cast(d as date) as month
                      from generate_series(cast(:first as date), cast(:last as date), interval '1 month') d) m
              left join activity a on coalesce(a.start_date, a.planned_from) >= m.month
                   and coalesce(a.start_date, a.planned_from) < cast(m.month + interval '1 month' as date)
             group by m.month
             order by m.month
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged cache;

    /** Figures as they stand on {@code today}: its quarter, and the twelve months up to its month. */
    @Transactional(readOnly = true)
    ActivityFigures activityFigures(LocalDate today) {
        return cache.get(List.of("activity-figures", today), () -> compute(today));
    }

    private ActivityFigures compute(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        long[] scalars = new long[2];
        List<ActivityFigures.Month> months = jdbc.query(
                SQL,
                Map.of(
                        "first",
                        first.atDay(1),
                        "last",
                        last.atDay(1),
                        "quarterStart",
                        quarterStart,
                        "quarterEnd",
                        quarterEnd),
                (rs, n) -> {
                    scalars[0] = rs.getLong("ongoing_projects");
                    scalars[1] = rs.getLong("this_quarter");
                    return new ActivityFigures.Month(
                            YearMonth.from(rs.getObject("month", LocalDate.class)),
                            rs.getLong("planned"),
                            rs.getLong("completed"));
                });
        return new ActivityFigures(scalars[0], quarterStart, quarterEnd, scalars[1], List.copyOf(months));
    }
}
