package org.mekonginstitute.portal.participant.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** A person's rights over their data, exercised by an administrator: a copy of everything held, anonymising. */
@Controller
@RequestMapping("/participants")
@RequiredArgsConstructor
class ParticipantPrivacyController {

    private final ParticipantService participants;

    @GetMapping("/{id}/anonymise")
    @PreAuthorize("hasRole('ADMIN')")
    String confirmAnonymise(@PathVariable long id, Model model) {
        model.addAttribute("participant", participants.get(id));
        return "participant/anonymise";
    }

    @PostMapping("/{id}/anonymise")
    @PreAuthorize("hasRole('ADMIN')")
    String anonymise(@PathVariable long id, RedirectAttributes flash) {
        participants.anonymise(id);
        return Flash.saved(flash, Text.of("participant.anonymise.done"), "/participants/" + id);
    }

    /** Everything held about the person, as JSON, for a subject access request. */
    @GetMapping("/{id}/data.json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> exportData(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participant-" + id + ".json\"")
                .body(participants.exportData(id));
    }
}
