package org.mekonginstitute.portal.reporting.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectPart;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a project promised its donors to change, measured against a baseline and a target. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator extends ProjectPart {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorSource source;

    @Column(precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    /** Reported values, newest first: the first is the actual value of a manual indicator. */
    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("valueDate desc, id desc")
    private List<IndicatorValue> values = new ArrayList<>();

    /** A new indicator of the project; the definition keeps its rules ({@link IndicatorDefinition#problems()}). */
    public Indicator(Project project, IndicatorDefinition definition) {
        super(project);
        apply(definition);
    }

    /**
     * Changes what the indicator measures. Refused while it has values reported by hand and would become computed:
     * they would be left behind, unseen; they are removed first.
     */
    public void redefine(IndicatorDefinition definition) {
        if (definition.source().computed() && !values.isEmpty()) {
            throw new InvalidInput(
                    List.of(new InvalidInput.Problem("source", Text.of("reporting.indicator.computed.hasValues"))));
        }
        apply(definition);
    }

    /**
     * Records a value reported by hand. Refused for a computed indicator (the portal's records give its value),
     * for a date after {@code today}, and for a date that already has a value (it is removed first to correct it).
     */
    public IndicatorValue report(ReportedValue reported, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(source.computed(), null, Text.of("reporting.indicator.computed.noValues"));
        problems.addIf(reported.valueDate().isAfter(today), "valueDate", Text.of("reporting.indicator.value.future"));
        problems.addIf(
                values.stream().anyMatch(v -> v.getValueDate().equals(reported.valueDate())),
                "valueDate",
                Text.of("reporting.indicator.value.taken"));
        problems.check();
        IndicatorValue value = new IndicatorValue(this, reported);
        int newerValues = (int) values.stream()
                .filter(v -> v.getValueDate().isAfter(reported.valueDate()))
                .count();
        values.add(newerValues, value);
        return value;
    }

    /** Removes one of its reported values. */
    public void removeValue(long valueId) {
        IndicatorValue value = values.stream()
                .filter(v -> v.getId() == valueId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("indicator_value", valueId));
        values.remove(value);
    }

    /** Where it stands: a computed indicator at today's figure, one reported by hand at its latest value. */
    public IndicatorProgress progress(Map<IndicatorSource, ComputedValue> figures, LocalDate today) {
        if (source.computed()) {
            ComputedValue figure = figures.get(source);
            return new IndicatorProgress(this, figure.value(), figure.detail(), today);
        }
        if (values.isEmpty()) {
            return new IndicatorProgress(this, null, null, null);
        }
        IndicatorValue latest = values.get(0);
        return new IndicatorProgress(this, latest.getValue(), latest.getNote(), latest.getValueDate());
    }

    private void apply(IndicatorDefinition definition) {
        this.name = definition.name();
        this.source = definition.source();
        this.unit = definition.unitOrDefault();
        this.baseline = definition.baseline();
        this.target = definition.target();
    }
}
