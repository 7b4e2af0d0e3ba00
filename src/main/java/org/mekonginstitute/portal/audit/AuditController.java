package org.mekonginstitute.portal.audit;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit trail for administrators, and the History view of each record. */
@Controller
@RequiredArgsConstructor
class AuditController {

    private final AuditTrail trail;

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String audit(@ModelAttribute("filter") AuditFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", trail.search(filter));
        model.addAttribute("actors", trail.actors());
        model.addAttribute("types", AuditRecordType.values());
        return "audit/list";
    }

    /** Everyone who may see a record may see how it came to be; user accounts only administrators. */
    @GetMapping("/history/{slug}/{id}")
    String history(@PathVariable String slug, @PathVariable long id, Authentication user, Model model) {
        AuditRecordType type = AuditRecordType.ofSlug(slug).orElseThrow(() -> new NotFoundException("History", slug));
        if (type == AuditRecordType.USER
                && user.getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            throw new AccessDeniedException(Text.of("audit.history.refused"));
        }
        model.addAttribute("type", type);
        model.addAttribute("recordId", id);
        model.addAttribute("events", trail.history(type, id));
        return "audit/history";
    }
}
