package org.mekonginstitute.portal.reporting.indicator;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Indicators of the demo projects, mostly computed from the demo attendance and action plans, one reported by
 * hand: the targets are illustrative (the public pages do not state them).
 */
@Component
@Order(60)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class IndicatorDemoData implements ApplicationRunner {

    private final IndicatorService indicators;
    private final ProjectService projects;
    private final JdbcTemplate jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "indicator")
                || projects.idOf("MI-TICA-LMM-2017").isEmpty()) {
            return;
        }
        long tica = project("MI-TICA-LMM-2017");
        add(
                tica,
                "Officials and practitioners trained in labour migration management",
                IndicatorSource.PARTICIPANTS_TRAINED,
                "0",
                "50");
        add(tica, "Share of women among those trained", IndicatorSource.WOMEN_SHARE, "0", "50");
        add(tica, "GMS countries reached", IndicatorSource.COUNTRIES_REACHED, "0", "6");
        add(tica, "Country action plans completed", IndicatorSource.ACTION_PLANS_COMPLETED, "0", "4");
        add(tica, "Knowledge gain in the post-test", IndicatorSource.AVERAGE_TEST_GAIN, "0", "15");
        long sessions = add(
                tica,
                "Pre-departure orientation sessions held by trained officials",
                IndicatorSource.MANUAL,
                "0",
                "20");
        report(tica, sessions, "2019-12-31", "6", "First sessions in Kampong Cham and Tak.");
        report(tica, sessions, "2020-11-23", "14", "Reported at the synthesis workshop.");

        long acmecs = project("MI-ACMECS-2023");
        add(acmecs, "MI staff trained for the secretariat's support", IndicatorSource.PARTICIPANTS_TRAINED, "0", "20");
        add(acmecs, "Planned capacity-building activities completed", IndicatorSource.ACTIVITIES_COMPLETED, "0", "100");

        long ais = project("MI-AIS-2024");
        add(ais, "National focal points trained", IndicatorSource.PARTICIPANTS_TRAINED, "0", "40");
        add(ais, "ACMECS member countries reached", IndicatorSource.COUNTRIES_REACHED, "0", "5");
    }

    private long add(long projectId, String name, IndicatorSource source, String baseline, String target) {
        String unit = source.defaultUnit().isEmpty() ? "sessions" : source.defaultUnit();
        return indicators
                .create(
                        projectId,
                        new IndicatorDefinition(name, source, unit, new BigDecimal(baseline), new BigDecimal(target)))
                .getId();
    }

    private void report(long projectId, long indicatorId, String date, String value, String note) {
        indicators.addValue(
                projectId, indicatorId, new ReportedValue(LocalDate.parse(date), new BigDecimal(value), note));
    }

    private long project(String code) {
        return projects.idOf(code).orElseThrow(() -> new IllegalStateException("Demo project missing: " + code));
    }
}
