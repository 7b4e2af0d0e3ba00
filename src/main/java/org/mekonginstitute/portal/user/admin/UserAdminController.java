package org.mekonginstitute.portal.user.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.password.SetPasswordLinks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
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

import java.util.function.Supplier;

/** Administrators list, create, disable and enable accounts, change roles, lift locks and issue set-password links. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class UserAdminController {

    private final UserAdministration users;
    private final Departments departments;

    @GetMapping
    String list(@ModelAttribute("filter") UserFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", users.search(filter));
        model.addAttribute("roles", Role.values());
        return "user/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new NewUserForm());
        return formView(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            UserAdministration.Created created = users.create(form);
                            flashLink(created.link(), flash);
                            return Flash.saved(
                                    flash,
                                    Text.of("user.created", created.account().getDisplayName()),
                                    "/admin/users/" + created.account().getId());
                        },
                        () -> formView(model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserAdministration.AccountPage page = users.page(id);
        model.addAttribute("account", page.account());
        model.addAttribute("department", page.department());
        model.addAttribute("locked", page.locked());
        model.addAttribute("pendingLinkUntil", page.pendingLinkUntil());
        model.addAttribute("roles", Role.values());
        return "user/show";
    }

    @PostMapping("/{id}/link")
    String issueLink(@PathVariable long id, RedirectAttributes flash) {
        flashLink(users.issueLink(id), flash);
        return Flash.saved(flash, Text.of("user.linkIssued"), "/admin/users/" + id);
    }

    @PostMapping("/{id}/disable")
    String disable(
            @PathVariable long id,
            @AuthenticationPrincipal PortalUser me,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return changeAccess(
                id,
                me,
                request,
                response,
                flash,
                () -> Text.of("user.disabled", users.disable(id).getDisplayName()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes flash) {
        UserAccount account = users.enable(id);
        return Flash.saved(flash, Text.of("user.enabled", account.getDisplayName()), "/admin/users/" + id);
    }

    @PostMapping("/{id}/role")
    String changeRole(
            @PathVariable long id,
            @RequestParam Role role,
            @AuthenticationPrincipal PortalUser me,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return changeAccess(
                id,
                me,
                request,
                response,
                flash,
                () -> Text.of("user.roleChanged", users.changeRole(id, role).getDisplayName(), role.label()));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        UserAccount account = users.unlock(id);
        return Flash.saved(flash, Text.of("user.unlocked", account.getDisplayName()), "/admin/users/" + id);
    }

    /**
     * Disables or demotes an account, or says why not: the portal keeps an enabled administrator. An administrator
     * who disabled or demoted themselves still carries their old role in this session: it ends here, and they log in
     * again with what they now have.
     *
     * @param change makes the change and says what it did
     */
    private String changeAccess(
            long id,
            PortalUser me,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash,
            Supplier<String> change) {
        try {
            flash.addFlashAttribute("saved", change.get());
        } catch (UserAdministration.LastAdministratorException last) {
            return Flash.problem(flash, last.getMessage(), "/admin/users/" + id);
        }
        if (me != null && me.id() == id) {
            new SecurityContextLogoutHandler()
                    .logout(
                            request,
                            response,
                            SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?logout";
        }
        return "redirect:/admin/users/" + id;
    }

    /**
     * The link is shown once, on the next page, for the administrator to pass on; the database keeps only its
     * hash, so it cannot be shown again later.
     */
    private static void flashLink(SetPasswordLinks.Issued link, RedirectAttributes flash) {
        flash.addFlashAttribute("link", Routes.address("/password/set/" + link.token()));
        flash.addFlashAttribute("linkExpiresAt", link.expiresAt());
    }

    private String formView(Model model) {
        model.addAttribute("departments", departments.all());
        model.addAttribute("roles", Role.values());
        return "user/form";
    }
}
