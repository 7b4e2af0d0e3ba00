package org.mekonginstitute.portal.registration.apply;

import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a registration link shows the public: the activity's public details, the registration's dates, note and
 * questions, whether it takes applications now, and on a partner's link what was sent through it. Nothing else.
 */
public record LinkView(
        LinkState state,
        ActivityFacts activity,
        String partner,
        LocalDate opensOn,
        LocalDate closesOn,
        String note,
        Map<Question, Asked> questions,
        List<SentRow> sent) {

    static LinkView of(LinkState state) {
        return new LinkView(state, null, null, null, null, null, Map.of(), List.of());
    }

    public boolean nomination() {
        return partner != null;
    }

    public Asked asked(Question question) {
        return questions.getOrDefault(question, Asked.OFF);
    }
}
