package org.mekonginstitute.portal.project.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.project.DacSectors;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectOverview;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.mekonginstitute.portal.shared.Period;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What staff type to create or edit a project's overview. */
@Getter
@Setter
public class ProjectForm implements Serializable {

    @NotBlank(message = "{project.form.code.required}")
    @Pattern(regexp = "[A-Z0-9-]{3,40}", message = "{project.form.code.pattern}")
    private String code;

    @NotBlank(message = "{project.form.title.required}")
    @Size(max = 500)
    private String title;

    @NotNull(message = "{project.form.department.required}")
    private Long departmentId;

    @NotNull(message = "{project.form.status.required}")
    private ProjectStatus status = ProjectStatus.PIPELINE;

    @NotNull(message = "{project.form.startDate.required}")
    private LocalDate startDate;

    @NotNull(message = "{project.form.endDate.required}")
    private LocalDate endDate;

    private List<String> countries = new ArrayList<>();

    @Size(max = 20000)
    private String background;

    @Size(max = 5000)
    private String goal;

    private Long managerId;

    @NotBlank(message = "{project.form.sectorCode.required}")
    @Pattern(regexp = "[0-9]{5}", message = "{project.form.sectorCode.pattern}")
    private String sectorCode = DacSectors.DEFAULT;

    private long version;

    /** Codes are compared in capitals: "mi-acmecs-2023" is MI-ACMECS-2023. */
    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** "43081 Multisector education/training" picked from the list keeps only its code. */
    public void setSectorCode(String sectorCode) {
        String typed = sectorCode == null ? null : sectorCode.strip();
        this.sectorCode = typed != null && typed.matches("[0-9]{5}\\b.*") ? typed.substring(0, 5) : typed;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null
                ? new ArrayList<>()
                : new ArrayList<>(countries.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .distinct()
                        .toList());
    }

    /** The date rule, checked with the annotations so every problem shows at once. */
    void checkDates(org.springframework.validation.Errors errors) {
        Period.checkEndNotBeforeStart(errors, startDate, "endDate", endDate, Text.of("project.endBeforeStart"));
    }

    /** What was typed, as the overview the project takes. */
    ProjectOverview toOverview() {
        return new ProjectOverview(
                code,
                title,
                departmentId,
                status,
                startDate,
                endDate,
                countries,
                background,
                goal,
                managerId,
                sectorCode,
                version);
    }

    static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        BeanUtils.copyProperties(project, form);
        form.departmentId = project.getDepartment().getId();
        form.managerId =
                project.getManager() == null ? null : project.getManager().getId();
        return form;
    }
}
