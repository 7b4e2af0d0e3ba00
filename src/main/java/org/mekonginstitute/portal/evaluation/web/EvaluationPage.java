package org.mekonginstitute.portal.evaluation.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.evaluation.answering.AnswerCode;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.shared.PageForms;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The activity's evaluation page: its test and evaluation, their rounds, and the ways in for participants. */
@Component
@RequiredArgsConstructor
class EvaluationPage {

    /** Participants per page of the ways in: a webinar's thousands a hundred at a time. */
    private static final int CODES_PER_PAGE = 100;

    private final ActivityService activities;
    private final QuestionnaireService questionnaires;
    private final AnswerLinks links;

    /** Fills the page's model (keeping a refused item form, if one is there) and names its template. */
    String show(long activityId, Model model) {
        return show(activityId, 0, model);
    }

    /** The page with page {@code codesPage} (from 0) of the participants' ways in. */
    String show(long activityId, int codesPage, Model model) {
        model.addAttribute("activity", activities.get(activityId));
        model.addAttribute(
                "test", questionnaires.find(activityId, QuestionnaireKind.TEST).orElse(null));
        model.addAttribute(
                "evaluation",
                questionnaires.find(activityId, QuestionnaireKind.EVALUATION).orElse(null));
        model.addAttribute("testSources", questionnaires.copySources(activityId, QuestionnaireKind.TEST));
        model.addAttribute("evaluationSources", questionnaires.copySources(activityId, QuestionnaireKind.EVALUATION));
        Page<AnswerCode> codes = links.codes(activityId, codesPage, CODES_PER_PAGE);
        model.addAttribute("codes", codes);
        model.addAttribute("linksOnPage", codes.getTotalElements() <= EnrolmentRows.LISTED_IN_FULL);
        model.addAttribute("rounds", Round.values());
        model.addAttribute("itemKinds", ItemKind.values());
        PageForms.blankUnlessTyped(model, "testItem", () -> ItemForm.blank(ItemKind.MULTIPLE_CHOICE));
        PageForms.blankUnlessTyped(model, "evaluationItem", () -> ItemForm.blank(ItemKind.RATING));
        return "evaluation/evaluation";
    }
}
