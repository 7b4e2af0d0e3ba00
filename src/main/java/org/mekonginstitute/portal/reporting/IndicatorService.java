package org.mekonginstitute.portal.reporting;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.indicator.ComputedIndicators;
import org.mekonginstitute.portal.reporting.indicator.Indicator;
import org.mekonginstitute.portal.reporting.indicator.IndicatorProgress;
import org.mekonginstitute.portal.reporting.indicator.IndicatorRepository;
import org.mekonginstitute.portal.reporting.indicator.IndicatorValue;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A project's indicators: their definitions, reported values, and actual values against their targets. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class IndicatorService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
        Map<IndicatorSource, ComputedIndicators.Computed> values =
                anyComputed ? computed.of(projectId).values() : Map.of();
        LocalDate today = LocalDate.now(clock);
        return all.stream()
                .map(i -> {
                    if (i.getSource().computed()) {
                        ComputedIndicators.Computed value = values.get(i.getSource());
                        return new IndicatorProgress(i, value.value(), value.detail(), today);
                    }
                    IndicatorValue latest =
                            i.getValues().isEmpty() ? null : i.getValues().get(0);
                    return latest == null
                            ? new IndicatorProgress(i, null, null, null)
                            : new IndicatorProgress(i, latest.getValue(), latest.getNote(), latest.getValueDate());
                })
                .toList();
    }

    public Indicator get(long projectId, long indicatorId) {
        return indicators
                .findDetailed(indicatorId)
                .filter(i -> i.getProject().getId() == projectId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    @Transactional
    public Indicator create(long projectId, IndicatorForm form) {
        Project project = projects.get(projectId);
        check(projectId, form, 0);
        return indicators.saveAndFlush(new Indicator(project, form));
    }

    @Transactional
    public void update(long projectId, long indicatorId, IndicatorForm form) {
        Indicator indicator = get(projectId, indicatorId);
        indicator.checkVersion(form.getVersion());
        check(projectId, form, indicatorId);
        if (form.getSource() != IndicatorSource.MANUAL && !indicator.getValues().isEmpty()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(
                    "source",
                    "This indicator has reported values;" + " remove them before its value is computed instead.")));
        }
        indicator.apply(form);
        indicators.flush();
    }

    @Transactional
    public void delete(long projectId, long indicatorId) {
        indicators.delete(get(projectId, indicatorId));
    }

    @Transactional
    public IndicatorValue addValue(long projectId, long indicatorId, IndicatorValueForm form) {
        Indicator indicator = get(projectId, indicatorId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                indicator.getSource().computed(),
                null,
                "This indicator is computed from the portal's records; values cannot be reported for it.");
        problems.addIf(
                form.getValueDate().isAfter(LocalDate.now(clock)), "valueDate", "The date cannot be in the future.");
        problems.addIf(
                indicator.getValues().stream().anyMatch(v -> v.getValueDate().equals(form.getValueDate())),
                "valueDate",
                "A value is already reported for this date; remove it first to correct it.");
        problems.check();
        IndicatorValue value = new IndicatorValue(indicator, form);
        indicator.addValue(value);
        indicators.flush();
        return value;
    }

    @Transactional
    public void removeValue(long projectId, long indicatorId, long valueId) {
        Indicator indicator = get(projectId, indicatorId);
        IndicatorValue value = indicator.getValues().stream()
                .filter(v -> v.getId() == valueId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator value", valueId));
        indicator.removeValue(value);
        indicators.flush();
    }

    private void check(long projectId, IndicatorForm form, long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.getName() != null && !form.getName().isBlank()) {
            problems.addIf(
                    indicators.nameTaken(projectId, form.getName().strip(), exceptId),
                    "name",
                    "The project already has an indicator called “"
                            + form.getName().strip() + "”.");
        }
        problems.addIf(
                form.getSource() == IndicatorSource.MANUAL
                        && (form.getUnit() == null || form.getUnit().isBlank()),
                "unit",
                "Enter the unit, e.g. officials, policies or %.");
        if (form.getSource() != null && form.getSource().percentage()) {
            problems.addIf(outside(form.getBaseline()), "baseline", "A percentage lies between 0 and 100.");
            problems.addIf(outside(form.getTarget()), "target", "A percentage lies between 0 and 100.");
        } else if (form.getSource() != null && form.getSource().computed()) {
            problems.addIf(negative(form.getBaseline()), "baseline", "This figure cannot be negative.");
            problems.addIf(negative(form.getTarget()), "target", "This figure cannot be negative.");
        }
        problems.check();
    }

    private static boolean outside(BigDecimal value) {
        return value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0);
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
