package org.mekonginstitute.portal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the activities of a project taught and how they were rated, per activity: the pre- and post-test scores,
 * the share rating the activity 4 or 5 (named and anonymous evaluations, and marks typed from paper), and the
 * certificates in force. Implemented by the evaluation feature, which reports build on without depending on it.
 */
public interface LearningFigures {

    /** The project's activities with any scores, ratings or certificates, in date order. */
    List<ActivityLearning> ofProject(long projectId);

    /** One activity's figures; means over participants with both scores. */
    record ActivityLearning(
            long activityId,
            String title,
            long pairs,
            BigDecimal meanPre,
            BigDecimal meanPost,
            long rated,
            long satisfied,
            long certificates) {

        /** Mean post-test minus mean pre-test over the same people, in points. */
        public BigDecimal gain() {
            return meanPre == null || meanPost == null ? null : meanPost.subtract(meanPre);
        }

        /** Those rating the activity 4 or 5 among those who rated it, in per cent. */
        public BigDecimal satisfiedShare() {
            return rated == 0
                    ? null
                    : BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
        }
    }
}
