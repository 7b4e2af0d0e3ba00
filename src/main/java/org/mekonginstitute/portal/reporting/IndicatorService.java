package org.mekonginstitute.portal.reporting;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectPart;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.indicator.ComputedIndicators;
import org.mekonginstitute.portal.reporting.indicator.ComputedValue;
import org.mekonginstitute.portal.reporting.indicator.Indicator;
import org.mekonginstitute.portal.reporting.indicator.IndicatorDefinition;
import org.mekonginstitute.portal.reporting.indicator.IndicatorProgress;
import org.mekonginstitute.portal.reporting.indicator.IndicatorRepository;
import org.mekonginstitute.portal.reporting.indicator.IndicatorValue;
import org.mekonginstitute.portal.reporting.indicator.ReportedValue;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's indicators: their definitions, reported values, and actual values against their targets. The rules
 * of a definition and of reported values are the indicator's own; this service adds the one that needs the other
 * indicators (names are unique within a project).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final ComputedIndicators computed;
    private final ProjectService projects;
    private final Clock clock;

    /** Every indicator of the project with its actual value: three statements whatever the number of indicators. */
    public List<IndicatorProgress> progress(long projectId) {
        List<Indicator> all = indicators.findByProject(projectId);
        if (all.isEmpty()) {
            return List.of();
        }
        boolean anyComputed = all.stream().anyMatch(i -> i.getSource().computed());
        Map<IndicatorSource, ComputedValue> figures =
                anyComputed ? computed.of(projectId).values() : Map.of();
        LocalDate today = LocalDate.now(clock);
        return all.stream().map(i -> i.progress(figures, today)).toList();
    }

    public Indicator get(long projectId, long indicatorId) {
        return ProjectPart.ofProject(projectId, indicators.findDetailed(indicatorId), "Indicator", indicatorId);
    }

    @Transactional
    public Indicator create(long projectId, IndicatorDefinition definition) {
        Project project = projects.get(projectId);
        check(projectId, definition, 0);
        return indicators.saveAndFlush(new Indicator(project, definition));
    }

    /** As {@link #create(long, IndicatorDefinition)}, from the form as typed. */
    @Transactional
    public Indicator create(long projectId, IndicatorForm form) {
        return create(projectId, form.toDefinition());
    }

    /** Redefines an indicator opened at {@code version}; refused if someone saved it since. */
    @Transactional
    public void update(long projectId, long indicatorId, IndicatorDefinition definition, long version) {
        Indicator indicator = get(projectId, indicatorId);
        indicator.checkVersion(version);
        check(projectId, definition, indicatorId);
        indicator.redefine(definition);
        indicators.flush();
    }

    @Transactional
    public void delete(long projectId, long indicatorId) {
        indicators.delete(get(projectId, indicatorId));
    }

    @Transactional
    public IndicatorValue addValue(long projectId, long indicatorId, ReportedValue reported) {
        IndicatorValue value = get(projectId, indicatorId).report(reported, LocalDate.now(clock));
        indicators.flush();
        return value;
    }

    /** As {@link #addValue(long, long, ReportedValue)}, from the form as typed. */
    @Transactional
    public IndicatorValue addValue(long projectId, long indicatorId, IndicatorValueForm form) {
        return addValue(projectId, indicatorId, form.toValue());
    }

    @Transactional
    public void removeValue(long projectId, long indicatorId, long valueId) {
        get(projectId, indicatorId).removeValue(valueId);
        indicators.flush();
    }

    /** The definition's own rules and a name no other indicator of the project has, all refused at once. */
    private void check(long projectId, IndicatorDefinition definition, long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (definition.name() != null && !definition.name().isEmpty()) {
            problems.addIf(
                    indicators.nameTaken(projectId, definition.name(), exceptId),
                    "name",
                    Text.of("reporting.indicator.name.taken", definition.name()));
        }
        definition.problems().forEach(p -> problems.add(p.field(), p.message()));
        problems.check();
    }
}
