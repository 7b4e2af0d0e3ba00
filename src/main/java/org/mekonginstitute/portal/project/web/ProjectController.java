package org.mekonginstitute.portal.project.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectFilter;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.mekonginstitute.portal.shared.Deletion;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Projects: the list, the project page and its overview form. Funding, partners and components: see below. */
@Controller
@RequestMapping("/projects")
@RequiredArgsConstructor
class ProjectController {

    private final ProjectService projects;
    private final Departments departments;
    private final UserService users;
    private final UserDirectory userNames;
    private final ProjectPage projectPage;

    @GetMapping
    String list(@ModelAttribute("filter") ProjectFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        ProjectService.ListPage list = projects.listPage(filter);
        model.addAttribute("page", list.page());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("departments", list.departments());
        model.addAttribute("donors", list.donors());
        model.addAttribute("years", list.years());
        return "project/list";
    }

    /** Suggestions for the project field of lists, the calendar and reports (project/picker), as one types. */
    @GetMapping("/suggestions")
    String suggestions(@RequestParam(name = "project", required = false) String text, Model model) {
        model.addAttribute("suggestions", projects.suggest(text));
        return "project/picker :: suggestions";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return projectPage.render(id, model);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        ProjectForm form = new ProjectForm();
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.checkDates(errors);
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            Project created = projects.create(form.toOverview());
                            return Flash.saved(
                                    flash,
                                    Text.of("project.created", created.getCode()),
                                    "/projects/" + created.getId());
                        },
                        () -> formView(model, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Project project = projects.get(id);
        EditConflict.editForm(model, "form", ProjectForm.of(project), userNames);
        return formView(model, project);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.checkDates(errors);
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            Project saved = projects.update(id, form.toOverview());
                            return Flash.saved(flash, Text.of("project.saved", saved.getCode()), "/projects/" + id);
                        },
                        () -> formView(model, projects.get(id)),
                        "/projects/" + id + "/edit",
                        () -> projects.get(id).staleEdit());
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("activityCount", projects.activityCount(id));
        return "project/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String code = projects.get(id).getCode();
        return new Deletion(flash)
                .delete(() -> projects.delete(id), "/projects/" + id, Text.of("project.deleted", code), "/projects");
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('MANAGER')")
    String cancel(@PathVariable long id, RedirectAttributes flash) {
        projects.cancel(id);
        return Flash.saved(flash, Text.of("project.cancelled"), "/projects/" + id);
    }

    private String formView(Model model, Project project) {
        model.addAttribute("project", project);
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("managers", users.options());
        return "project/form";
    }
}
