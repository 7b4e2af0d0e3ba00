package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.UserAccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A donor-funded project of the institute; activities, funding lines and partnerships hang off it. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Project extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
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
    private UserAccount manager;

    /** The DAC 5-digit purpose code of the project's sector (see {@link DacSectors}), reported to IATI. */
    @Column(nullable = false, length = 5)
    private String sectorCode = DacSectors.DEFAULT;

    /**
     * The project's partnerships and components, read only when one is added or changed: a partner is added once
     * per role and component numbers are unique. Changing them is no edit of the project's overview, so it does
     * not make an overview form opened meanwhile stale.
     */
    @Getter(AccessLevel.NONE)
    @OneToMany(mappedBy = "project")
    @OptimisticLock(excluded = true)
    private List<Partnership> partnerships = new ArrayList<>();

    @Getter(AccessLevel.NONE)
    @OneToMany(mappedBy = "project")
    @OptimisticLock(excluded = true)
    private List<ProjectComponent> components = new ArrayList<>();

    Project(ProjectOverview overview, Department department, UserAccount manager) {
        apply(overview, department, manager);
    }

    void apply(ProjectOverview overview, Department department, UserAccount manager) {
        this.code = overview.code();
        this.title = overview.title().strip();
        this.department = department;
        this.status = overview.status();
        this.startDate = overview.startDate();
        this.endDate = overview.endDate();
        this.countries = new ArrayList<>(overview.countries());
        this.background = PlainText.strippedOrNull(overview.background());
        this.goal = PlainText.strippedOrNull(overview.goal());
        this.manager = manager;
        this.sectorCode = overview.sectorCode();
    }

    /** Cancelled, the project keeps its activities and history; it is no longer planned or run. */
    void cancel() {
        this.status = ProjectStatus.CANCELLED;
    }

    /**
     * Refuses ({@link InUseException}) to delete a project that has activities: cancelling it keeps their
     * history.
     */
    void checkDeletable(long activities) {
        if (activities > 0) {
            throw new InUseException(Text.of(
                    activities == 1 ? "project.delete.inUse.one" : "project.delete.inUse.many",
                    code,
                    String.valueOf(activities)));
        }
    }

    /** A new partnership, unless the organisation already has this role in the project. */
    Partnership addPartner(Organisation organisation, PartnershipRole role) {
        boolean already = partnerships.stream()
                .anyMatch(
                        p -> p.getRole() == role && p.getOrganisation().getId().equals(organisation.getId()));
        if (already) {
            throw new DuplicatePartException(Text.of(
                    "project.partner.duplicate",
                    organisation.displayName(),
                    role.label().toLowerCase()));
        }
        Partnership partnership = new Partnership(this, organisation, role);
        partnerships.add(partnership);
        return partnership;
    }

    /** A new component, unless another has its number. */
    ProjectComponent addComponent(ComponentOutline outline) {
        checkNumberFree(outline.number(), null);
        ProjectComponent component = new ProjectComponent(this, outline);
        components.add(component);
        return component;
    }

    /** Changes one of the project's components, unless another has the new number. */
    void changeComponent(ProjectComponent component, ComponentOutline outline) {
        checkNumberFree(outline.number(), component);
        component.apply(outline);
    }

    /** One of the project's components. */
    ProjectComponent component(long componentId) {
        return components.stream()
                .filter(c -> c.getId() == componentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Component", componentId));
    }

    private void checkNumberFree(int number, ProjectComponent changing) {
        if (components.stream().anyMatch(c -> c.getNumber() == number && c != changing)) {
            throw new DuplicatePartException(Text.of("project.component.duplicate", String.valueOf(number)));
        }
    }
}
