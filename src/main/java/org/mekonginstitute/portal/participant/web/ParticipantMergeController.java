package org.mekonginstitute.portal.participant.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** Two records of one person made one, by a manager: choosing the other record, comparing, merging. */
@Controller
@RequestMapping("/participants")
@RequiredArgsConstructor
class ParticipantMergeController {

    private final ParticipantService participants;

    /** Choose the record to merge into this one: probable duplicates first, or search by name. */
    @GetMapping("/{id}/merge")
    @PreAuthorize("hasRole('MANAGER')")
    String mergeForm(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @RequestParam(required = false) String q,
            Model model) {
        Participant kept = participants.get(id);
        model.addAttribute("kept", kept);
        model.addAttribute("keptHistory", participants.history(id));
        if (with != null && with != id) {
            model.addAttribute("other", participants.get(with));
            model.addAttribute("otherHistory", participants.history(with));
        } else {
            model.addAttribute("candidates", participants.probableDuplicates(kept));
            model.addAttribute(
                    "results",
                    q == null
                            ? List.of()
                            : participants.quickSearch(q).stream()
                                    .filter(r -> r.id() != id)
                                    .toList());
            model.addAttribute("query", q);
        }
        return "participant/merge";
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('MANAGER')")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes flash) {
        if (with == null) {
            return Flash.problem(flash, Text.of("participant.merge.choose"), "/participants/" + id + "/merge");
        }
        try {
            ParticipantService.MergeResult result = participants.merge(id, with, user.getUsername());
            flash.addFlashAttribute(
                    "saved",
                    Text.of(
                            "participant.merge.done",
                            result.enrolmentsMoved(),
                            result.actionPlansMoved(),
                            result.kept().fullName()));
        } catch (InUseException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/participants/" + id;
    }
}
