package org.mekonginstitute.portal.reporting.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a project promised its donors to change, measured against a baseline and a target. */
@Getter
@Entity
@Table(name = "indicator")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

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

    public Indicator(Project project, IndicatorForm form) {
        this.project = project;
        apply(form);
    }

    public void apply(IndicatorForm form) {
        this.name = form.getName().strip();
        this.source = form.getSource();
        this.unit = form.getUnit() == null || form.getUnit().isBlank()
                ? source.defaultUnit()
                : form.getUnit().strip();
        this.baseline = form.getBaseline();
        this.target = form.getTarget();
    }

    public void addValue(IndicatorValue value) {
        values.add(0, value);
    }

    public void removeValue(IndicatorValue value) {
        values.remove(value);
    }
}
