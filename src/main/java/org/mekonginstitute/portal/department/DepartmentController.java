package org.mekonginstitute.portal.department;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list the departments and add one. */
@Controller
@RequestMapping("/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class DepartmentController {

    private final Departments departments;

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.all());
        PageForms.blankUnlessTyped(model, "form", DepartmentForm::new);
        return "admin/departments";
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasFieldErrors("name") && departments.nameTaken(form.getName())) {
            errors.rejectValue("name", "duplicate", Text.of("department.name.taken"));
        }
        if (!errors.hasFieldErrors("acronym") && departments.acronymTaken(form.getAcronym())) {
            errors.rejectValue("acronym", "duplicate", Text.of("department.acronym.taken"));
        }
        if (errors.hasErrors()) {
            model.addAttribute("departments", departments.all());
            return "admin/departments";
        }
        Department added = departments.add(form.getName(), form.getAcronym());
        return Flash.saved(flash, Text.of("department.added", added.getName()), "/admin/departments");
    }

    @Getter
    @Setter
    static class DepartmentForm implements java.io.Serializable {
        @NotBlank(message = "{department.name.required}")
        @Size(max = 200)
        private String name;

        @NotBlank(message = "{department.acronym.required}")
        @Pattern(regexp = "\\s*[A-Za-z]{2,10}\\s*", message = "{department.acronym.pattern}")
        private String acronym;
    }
}
