package org.mekonginstitute.portal.project.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.project.ComponentOutline;
import org.mekonginstitute.portal.project.ProjectComponent;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.util.List;

/** A numbered component with its objective. */
@Getter
@Setter
public class ComponentForm implements Serializable {

    @NotNull(message = "{project.component.number.required}")
    @Min(value = 1, message = "{project.component.number.min}")
    @Max(999)
    private Integer number;

    @NotBlank(message = "{project.component.title.required}")
    @Size(max = 300)
    private String title;

    @Size(max = 5000)
    private String objective;

    private long version;

    /** What was typed (a number is required), as the outline the component takes. */
    ComponentOutline toOutline() {
        return new ComponentOutline(number, title, objective, version);
    }

    /** A blank component numbered after the project's last. */
    static ComponentForm next(List<ProjectComponent> components) {
        ComponentForm form = new ComponentForm();
        form.setNumber(
                components.stream().mapToInt(ProjectComponent::getNumber).max().orElse(0) + 1);
        return form;
    }

    static ComponentForm of(ProjectComponent component) {
        ComponentForm form = new ComponentForm();
        BeanUtils.copyProperties(component, form);
        return form;
    }
}
