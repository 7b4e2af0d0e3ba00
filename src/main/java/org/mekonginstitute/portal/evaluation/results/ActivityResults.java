package org.mekonginstitute.portal.evaluation.results;

import org.mekonginstitute.portal.evaluation.questionnaire.Round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What an activity's tests and evaluation showed: who answered, the scores before and after (online or typed from
 * paper, as the enrolments hold them), each test item's share of right answers, each rating question's mean and
 * spread, and the open answers.
 */
public record ActivityResults(
        long participants,
        Map<Round, Long> answered,
        List<Band> bands,
        Gain gain,
        List<ItemResult> items,
        List<RatingResult> ratings,
        List<OpenAnswers> open,
        long satisfied,
        long rated) {

    /** Scores from {@code from} to {@code to} per cent: how many before the activity, how many after. */
    public record Band(String label, int from, int to, long before, long after) {}

    /** The paired gain: participants with both scores, their mean before and after, and the mean difference. */
    public record Gain(long pairs, BigDecimal before, BigDecimal after, BigDecimal gain) {}

    /** A test item: the share answering it right in the pre-test and in the post-test, in per cent. */
    public record ItemResult(
            int number,
            String text,
            String rightAnswer,
            long answeredBefore,
            long rightBefore,
            long answeredAfter,
            long rightAfter) {

        public BigDecimal shareBefore() {
            return percent(rightBefore, answeredBefore);
        }

        public BigDecimal shareAfter() {
            return percent(rightAfter, answeredAfter);
        }
    }

    /** A rating question: how many gave each mark from 1 to 5, and the mean. */
    public record RatingResult(int number, String text, List<Long> counts) {

        public long answers() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }

        public BigDecimal mean() {
            long n = answers();
            if (n == 0) {
                return null;
            }
            long sum = 0;
            for (int mark = 1; mark <= 5; mark++) {
                sum += mark * counts.get(mark - 1);
            }
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        }
    }

    /** An open question and what was written in answer, in the order it came. */
    public record OpenAnswers(int number, String text, List<String> answers) {}

    /** The share answering a round, in per cent. */
    public BigDecimal responseRate(Round round) {
        return percent(answered.getOrDefault(round, 0L), participants);
    }

    /** The share of those who rated the activity who gave it 4 or 5 overall. */
    public BigDecimal satisfiedShare() {
        return percent(satisfied, rated);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
