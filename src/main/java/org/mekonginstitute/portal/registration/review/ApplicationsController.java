package org.mekonginstitute.portal.registration.review;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.registration.model.DecisionRefused;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/**
 * The applications of an activity and the decisions on them, taken here or on the participants page (the user goes
 * back to the page they came from).
 */
@Controller
@RequestMapping("/activities/{id}/applications")
@RequiredArgsConstructor
class ApplicationsController {

    private final ActivityService activities;
    private final Applications applications;
    private final Decisions decisions;

    @GetMapping
    String list(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("activity", activities.get(id));
        ApplicationStatus chosen = ListFilter.choice(ApplicationStatus.class, status);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", ApplicationStatus.values());
        applications.overview(id).ifPresent(overview -> {
            model.addAttribute("overview", overview);
            model.addAttribute("page", applications.page(id, chosen, page));
        });
        return "registration/applications";
    }

    /** Accepts (and enrols), puts on the waiting list, declines (with a reason) or records a withdrawal. */
    @PostMapping({
        "/{applicationId}/accept",
        "/{applicationId}/wait",
        "/{applicationId}/decline",
        "/{applicationId}/withdraw"
    })
    String decide(
            HttpServletRequest request,
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam long version,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        String route = Routes.matched(request);
        String decision = route.substring(route.lastIndexOf('/') + 1);
        return decide(id, back, flash, () -> switch (decision) {
            case "accept" -> {
                Application accepted = decisions.accept(id, applicationId, version, record(person));
                yield Text.of("registration.decision.accepted", accepted.fullName());
            }
            case "wait" -> {
                Application waiting = decisions.putOnWaitingList(id, applicationId, version, record(person));
                yield Text.of("registration.decision.waiting", waiting.fullName());
            }
            case "decline" -> {
                Application declined = decisions.decline(id, applicationId, version, reason);
                yield Text.of("registration.decision.declined", declined.fullName());
            }
            default -> {
                Application withdrawn = decisions.withdraw(id, applicationId, version);
                yield Text.of("registration.decision.withdrawn", withdrawn.fullName());
            }
        });
    }

    /** Takes the decision and says so, or why it was refused, on the page the user came from. */
    private static String decide(long id, String back, RedirectAttributes flash, Supplier<String> decision) {
        try {
            flash.addFlashAttribute("saved", decision.get());
        } catch (DecisionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        } catch (InvalidInput invalid) {
            flash.addFlashAttribute("problem", invalid.problems().get(0).message());
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            flash.addFlashAttribute("problem", Text.of("registration.decision.stale"));
        }
        return "participants".equals(back)
                ? "redirect:/activities/" + id + "/participants"
                : "redirect:/activities/" + id + "/applications";
    }

    /** The registry record chosen: an id, or "new" (or nothing) for a new record. */
    private static Long record(String person) {
        if (person == null || person.isBlank() || person.equals("new")) {
            return null;
        }
        try {
            return Long.valueOf(person.strip());
        } catch (NumberFormatException notAnId) {
            throw new DecisionRefused(Text.of("registration.decision.person.unknown"));
        }
    }
}
