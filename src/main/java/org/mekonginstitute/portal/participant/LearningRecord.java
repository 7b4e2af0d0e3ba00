package org.mekonginstitute.portal.participant;

import java.math.BigDecimal;

/** What the evaluation tells an enrolment; null parts leave the enrolment as it is. */
public record LearningRecord(
        BigDecimal preTestScore, BigDecimal postTestScore, Integer satisfaction, Boolean certificateIssued) {

    public static LearningRecord preTest(BigDecimal score) {
        return new LearningRecord(score, null, null, null);
    }

    public static LearningRecord postTest(BigDecimal score) {
        return new LearningRecord(null, score, null, null);
    }

    public static LearningRecord satisfaction(int mark) {
        return new LearningRecord(null, null, mark, null);
    }

    public static LearningRecord certificate(boolean issued) {
        return new LearningRecord(null, null, null, issued);
    }
}
