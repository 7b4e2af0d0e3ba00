package org.mekonginstitute.portal.evaluation.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.answering.IssuedLink;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.QrCodes;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Staff hand out the ways in: personal links (shown once, when issued, on the page or as a file) and the room's
 * poster with its QR code, which asks for the participant's e-mail or short code.
 */
@Controller
@RequestMapping("/activities/{id}/evaluation")
@RequiredArgsConstructor
class AnswerLinksController {

    private final AnswerLinks links;
    private final ActivityService activities;

    @PostMapping("/links")
    String issue(@PathVariable long id, RedirectAttributes flash) {
        List<IssuedLink> issued = addresses(links.issue(id));
        flash.addFlashAttribute("issued", issued);
        flash.addFlashAttribute(
                "saved",
                issued.isEmpty()
                        ? Text.of("evaluation.links.nobody")
                        : Text.of("evaluation.links.issued", String.valueOf(issued.size())));
        return "redirect:/activities/" + id + "/evaluation#links";
    }

    /**
     * The links issued as a file to keep and send them from, the only way offered for more people than a page
     * lists well ({@link EnrolmentRows#LISTED_IN_FULL}). Never cached: the links are shown nowhere else.
     */
    @PostMapping("/links.csv")
    ResponseEntity<byte[]> issueAsFile(@PathVariable long id) {
        activities.get(id);
        List<IssuedLink> issued = addresses(links.issue(id));
        byte[] file = Csv.bytes(csv -> {
            csv.printRecord(
                    Text.of("evaluation.participant"),
                    Text.of("evaluation.email"),
                    Text.of("evaluation.links.personalLink"),
                    Text.of("evaluation.links.shortCode"));
            for (IssuedLink link : issued) {
                csv.printRecord(Csv.safe(link.name()), Csv.safe(link.email()), link.token(), link.code());
            }
        });
        return Downloads.file(
                        Downloads.CSV,
                        ContentDisposition.attachment()
                                .filename("answer-links-activity-" + id + ".csv")
                                .build())
                .cacheControl(CacheControl.noStore())
                .body(file);
    }

    /** The links with the address each person opens (the token alone is all a link keeps). */
    private static List<IssuedLink> addresses(List<IssuedLink> issued) {
        return issued.stream()
                .map(link -> new IssuedLink(
                        link.name(), link.email(), Routes.address("/answer/" + link.token()), link.code()))
                .toList();
    }

    /** The poster for the room: the QR code, its address and how to use it. */
    @GetMapping("/room")
    String poster(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("roomAddress", Routes.address("/room/" + links.roomKey(id)));
        return "evaluation/room-poster";
    }

    @GetMapping(value = "/room.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> roomCode(@PathVariable long id) {
        activities.get(id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(Routes.address("/room/" + links.roomKey(id)), 10));
    }
}
