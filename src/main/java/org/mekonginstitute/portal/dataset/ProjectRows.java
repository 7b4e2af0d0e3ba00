package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.LargeDataset.ANCHOR;
import static org.mekonginstitute.portal.dataset.Vocabulary.CURRENCIES;
import static org.mekonginstitute.portal.dataset.Vocabulary.GMS;
import static org.mekonginstitute.portal.dataset.Vocabulary.SECTORS;
import static org.mekonginstitute.portal.dataset.Vocabulary.TOPICS;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated projects over twenty years, each with one to three funding lines, up to three partners and up to
 * three components; their status follows their dates and the anchor day.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ProjectRows {

    private static final String[] PARTNER_ROLES = {
        "CO_ORGANISER", "IMPLEMENTING_PARTNER", "HOST", "TECHNICAL_PARTNER", "GOVERNMENT_COUNTERPART"
    };

    /** The projects as numbered, with the dates they run from and to (by position from 0). */
    record Projects(long base, LocalDate[] start, LocalDate[] end) {

        int count() {
            return start.length;
        }
    }

    private final DatasetLoad load;
    private final Random random;
    private final OrganisationRows.Organisations organisations;
    private long fundingId;
    private long partnershipId;
    private long componentId;

    static Projects write(
            DatasetLoad load,
            Random random,
            List<Long> departments,
            OrganisationRows.Organisations organisations,
            StaffRows.Staff staff)
            throws SQLException {
        return new ProjectRows(load, random, organisations).write(departments, staff);
    }

    private Projects write(List<Long> departments, StaffRows.Staff staff) throws SQLException {
        int count = load.count(2000, 10);
        long base = load.max("project");
        Projects projects = new Projects(base, new LocalDate[count], new LocalDate[count]);
        fundingId = load.max("funding");
        partnershipId = load.max("partnership");
        componentId = load.max("project_component");
        Random sectorStream = load.stream(2);
        try (CopyWriter out = load.writer(
                        "project",
                        "id, code, title, department_id, status, start_date, end_date, countries, manager_id, background, goal, sector_code");
                CopyWriter funding = load.writer(
                        "funding",
                        "id, project_id, donor_id, amount, currency, agreement_ref, period_start, period_end");
                CopyWriter partners = load.writer("partnership", "id, project_id, organisation_id, role");
                CopyWriter components = load.writer("project_component", "id, project_id, number, title, objective")) {
            for (int i = 0; i < count; i++) {
                long id = base + 1 + i;
                LocalDate start = LocalDate.of(2006, 1, 1).plusDays(random.nextInt(365 * 20));
                LocalDate end = start.plusMonths(12 + random.nextInt(36)).minusDays(1);
                projects.start()[i] = start;
                projects.end()[i] = end;
                String status = end.isBefore(ANCHOR)
                        ? (random.nextInt(25) == 0 ? "CANCELLED" : "COMPLETED")
                        : start.isAfter(ANCHOR) ? "PIPELINE" : "ONGOING";
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                Set<String> countries = new TreeSet<>();
                int countryCount = 1 + random.nextInt(6);
                while (countries.size() < countryCount) {
                    countries.add(GMS[random.nextInt(GMS.length)]);
                }
                out.row(
                        id,
                        String.format("GEN-%04d-%d", i + 1, start.getYear()),
                        "Capacity building on " + topic + " in the Greater Mekong Subregion, phase "
                                + (1 + random.nextInt(3)),
                        departments.get(random.nextInt(departments.size())),
                        status,
                        start,
                        end,
                        "{" + String.join(",", countries) + "}",
                        staff.member(random),
                        "Generated project background on " + topic + ".",
                        "Strengthen " + topic + " across the subregion.",
                        SECTORS[sectorStream.nextInt(SECTORS.length)]);
                funding(funding, i, id, start, end);
                partners(partners, id);
                components(components, id, topic);
            }
        }
        return projects;
    }

    /** One to three lines, in sums of the size their currency is counted in. */
    private void funding(CopyWriter out, int i, long id, LocalDate start, LocalDate end) {
        for (int f = 0, lines = 1 + random.nextInt(3); f < lines; f++) {
            String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(2_000_000))
                    .multiply(
                            currency.equals("THB")
                                    ? BigDecimal.valueOf(30)
                                    : currency.equals("JPY") || currency.equals("KRW")
                                            ? BigDecimal.valueOf(140)
                                            : BigDecimal.ONE)
                    .setScale(digits);
            out.row(
                    ++fundingId,
                    id,
                    organisations.donor(random),
                    amount,
                    currency,
                    "AGR-" + (i + 1) + "-" + (f + 1),
                    start,
                    end);
        }
    }

    /** Up to three organisations of the region, each once per role. */
    private void partners(CopyWriter out, long id) {
        Set<String> partnerKeys = new HashSet<>();
        for (int p = 0, n = random.nextInt(4); p < n; p++) {
            long org = organisations.partner(random);
            String role = PARTNER_ROLES[random.nextInt(5)];
            if (partnerKeys.add(org + role)) {
                out.row(++partnershipId, id, org, role);
            }
        }
    }

    private void components(CopyWriter out, long id, String topic) {
        for (int c = 0, n = random.nextInt(4); c < n; c++) {
            out.row(
                    ++componentId,
                    id,
                    c + 1,
                    "Component " + (c + 1) + " on " + topic,
                    "Objective of component " + (c + 1) + ".");
        }
    }
}
