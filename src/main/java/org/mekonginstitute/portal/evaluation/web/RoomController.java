package org.mekonginstitute.portal.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.answering.Respondent;
import org.mekonginstitute.portal.evaluation.answering.RoomAttempts;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The page behind the room's QR code: a participant types their e-mail or short code and gets their own answer
 * link. Wrong tries are counted ({@link RoomAttempts}); past the limit the page asks to wait.
 */
@Controller
@RequestMapping("/room/{key}")
@RequiredArgsConstructor
class RoomController {

    private final AnswerLinks links;
    private final RoomAttempts attempts;

    @GetMapping
    String ask(@PathVariable String key, Model model, HttpServletResponse response) {
        Optional<Respondent> room = links.room(key);
        if (room.isEmpty()) {
            return AnsweringController.unusable(response);
        }
        model.addAttribute("room", room.get());
        model.addAttribute("key", key);
        model.addAttribute("typed", "");
        return "evaluation/room";
    }

    @PostMapping
    String enter(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String emailOrCode,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Respondent> room = links.room(key);
        if (room.isEmpty()) {
            return AnsweringController.unusable(response);
        }
        model.addAttribute("room", room.get());
        model.addAttribute("key", key);
        model.addAttribute("typed", emailOrCode.length() > 254 ? "" : emailOrCode);
        String address = request.getRemoteAddr();
        if (!attempts.allowed(key, address)) {
            // Refused, but shown like any other message beside the field: the person in the room reads it there.
            model.addAttribute("problem", Text.of("evaluation.room.tooManyTries"));
            return "evaluation/room";
        }
        Optional<String> unreadable = PlainText.problem(emailOrCode);
        if (unreadable.isPresent()) {
            model.addAttribute("typed", "");
            model.addAttribute("problem", unreadable.get());
            return "evaluation/room";
        }
        Optional<String> token = links.enterRoom(room.get().activityId(), emailOrCode);
        if (token.isEmpty()) {
            attempts.failed(key, address);
            model.addAttribute("problem", Text.of("evaluation.room.nobody"));
            return "evaluation/room";
        }
        return "redirect:/answer/" + token.get();
    }
}
