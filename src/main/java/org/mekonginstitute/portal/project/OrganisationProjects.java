package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationInvolvement;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tells the organisation page what an organisation funds and where it partners. */
@Component
@RequiredArgsConstructor
class OrganisationProjects implements OrganisationInvolvement {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public Involvement of(long organisationId) {
        Map<String, Object> params = Map.of("org", organisationId);
        Map<Long, FundedBuilder> funded = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        jdbc.query("""
                select p.id, p.code, p.title, p.status, p.start_date, p.end_date, f.currency,
                       sum(f.amount) as amount, count(*) as lines
                from funding f join project p on p.id = f.project_id
                where f.donor_id = :org
                group by p.id, f.currency
                order by p.start_date desc, p.id, f.currency""", params, rs -> {
            long id = rs.getLong("id");
            FundedBuilder project = funded.computeIfAbsent(id, k -> {
                try {
                    return new FundedBuilder(
                            id,
                            rs.getString("code"),
                            rs.getString("title"),
                            ProjectStatus.valueOf(rs.getString("status")).label(),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String currency = rs.getString("currency");
            BigDecimal amount = rs.getBigDecimal("amount");
            project.totals.put(currency, amount);
            project.lines += rs.getInt("lines");
            totals.merge(currency, amount, BigDecimal::add);
        });
        List<PartneredProject> partnered = jdbc.query(
                """
                select p.id, p.code, p.title, p.status, pa.role
                from partnership pa join project p on p.id = pa.project_id
                where pa.organisation_id = :org
                order by p.start_date desc, p.id""",
                params,
                (rs, n) -> new PartneredProject(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("title"),
                        ProjectStatus.valueOf(rs.getString("status")).label(),
                        PartnershipRole.valueOf(rs.getString("role")).label()));
        List<FundedProject> fundedProjects = new ArrayList<>();
        funded.values().forEach(b -> fundedProjects.add(b.build()));
        return new Involvement(fundedProjects, totals, partnered);
    }

    private static final class FundedBuilder {
        private final long id;
        private final String code;
        private final String title;
        private final String status;
        private final LocalDate start;
        private final LocalDate end;
        private final Map<String, BigDecimal> totals = new TreeMap<>();
        private int lines;

        private FundedBuilder(long id, String code, String title, String status, LocalDate start, LocalDate end) {
            this.id = id;
            this.code = code;
            this.title = title;
            this.status = status;
            this.start = start;
            this.end = end;
        }

        FundedProject build() {
            return new FundedProject(id, code, title, status, start, end, lines, totals);
        }
    }
}
