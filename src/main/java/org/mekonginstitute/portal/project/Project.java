package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.user.UserAccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A donor-funded project of the institute; activities, funding lines and partnerships hang off it. */
@Getter
@Entity
@Table(name = "project")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Project extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    /** ISO 3166-1 codes of the countries the project covers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(2)[]")
    private List<String> countries = new ArrayList<>();

    private String background;

    private String goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private UserAccount manager;

    /** The DAC 5-digit purpose code of the project's sector (see {@link DacSectors}), reported to IATI. */
    @Column(nullable = false, length = 5)
    private String sectorCode = DacSectors.DEFAULT;

    Project(ProjectForm form, Department department, UserAccount manager) {
        apply(form, department, manager);
    }

    void apply(ProjectForm form, Department department, UserAccount manager) {
        this.code = form.getCode();
        this.title = form.getTitle().strip();
        this.department = department;
        this.status = form.getStatus();
        this.startDate = form.getStartDate();
        this.endDate = form.getEndDate();
        this.countries = new ArrayList<>(form.getCountries());
        this.background = PlainText.strippedOrNull(form.getBackground());
        this.goal = PlainText.strippedOrNull(form.getGoal());
        this.manager = manager;
        this.sectorCode = form.getSectorCode();
    }

    void cancel() {
        this.status = ProjectStatus.CANCELLED;
    }
}
