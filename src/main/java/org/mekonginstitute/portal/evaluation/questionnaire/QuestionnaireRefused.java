package org.mekonginstitute.portal.evaluation.questionnaire;

/** A change a questionnaire refuses, with the reason in words staff understand. */
public class QuestionnaireRefused extends RuntimeException {

    public QuestionnaireRefused(String reason) {
        super(reason);
    }
}
