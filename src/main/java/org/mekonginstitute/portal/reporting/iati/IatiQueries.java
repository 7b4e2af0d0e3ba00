package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projects of an IATI file with their funding lines, partners and the dates their activities were actually
 * held: three statements however many projects the file holds.
 */
@Component
@RequiredArgsConstructor
class IatiQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    List<IatiActivity> project(long projectId) {
        return read("p.id = :id", Map.of("id", projectId));
    }

    @Transactional(readOnly = true)
    List<IatiActivity> ongoing() {
        return read("p.status = 'ONGOING'", Map.of());
    }

    private List<IatiActivity> read(String which, Map<String, Object> params) {
        Map<String, Object> args = new HashMap<>(params);
        args.put("today", LocalDate.now(clock));
        Map<Long, List<IatiActivity.FundingLine>> funding = new HashMap<>();
        jdbc.query("""
                select f.project_id, o.name, o.type, f.amount, f.currency, f.period_start, f.period_end
                from funding f join organisation o on o.id = f.donor_id join project p on p.id = f.project_id
                where %s order by f.project_id, f.period_start nulls first, f.id""".formatted(which), args, rs -> {
            funding.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                    .add(new IatiActivity.FundingLine(
                            rs.getString("name"),
                            type(rs),
                            rs.getBigDecimal("amount"),
                            rs.getString("currency"),
                            rs.getObject("period_start", LocalDate.class),
                            rs.getObject("period_end", LocalDate.class)));
        });
        Map<Long, List<IatiActivity.Partner>> partners = new HashMap<>();
        jdbc.query("""
                select pa.project_id, o.name, o.type, pa.role
                from partnership pa join organisation o on o.id = pa.organisation_id join project p on p.id = pa.project_id
                where %s order by pa.project_id, pa.role, o.name""".formatted(which), args, rs -> {
            partners.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                    .add(new IatiActivity.Partner(
                            rs.getString("name"), type(rs), PartnershipRole.valueOf(rs.getString("role"))));
        });
        // Held: completed, or approved and already begun. Cancelled and postponed activities were not held.
        return jdbc.query("""
                select p.id, p.code, p.title, p.goal, p.background, p.status, p.start_date, p.end_date, p.countries,
                       p.sector_code, p.updated_at, held.first_start, held.last_end
                from project p left join lateral (
                    select min(a.start_date) as first_start, max(coalesce(a.end_date, a.start_date)) as last_end
                    from activity a where a.project_id = p.id and a.start_date <= :today
                      and (a.status = 'COMPLETED' or a.status = 'APPROVED')) held on true
                where %s order by p.code""".formatted(which), args, (rs, n) -> {
            long id = rs.getLong("id");
            return new IatiActivity(
                    id,
                    rs.getString("code"),
                    rs.getString("title"),
                    rs.getString("goal"),
                    rs.getString("background"),
                    ProjectStatus.valueOf(rs.getString("status")),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    countries(rs.getArray("countries")),
                    rs.getString("sector_code"),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getObject("first_start", LocalDate.class),
                    rs.getObject("last_end", LocalDate.class),
                    funding.getOrDefault(id, List.of()),
                    partners.getOrDefault(id, List.of()));
        });
    }

    private static OrganisationType type(ResultSet rs) throws SQLException {
        return OrganisationType.valueOf(rs.getString("type"));
    }

    private static List<String> countries(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
