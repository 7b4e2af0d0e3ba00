package org.mekonginstitute.portal.participant;

import java.util.List;

/** The new participant may already be registered: the user chooses one of these or creates anyway. */
public class ProbableDuplicates extends RuntimeException {

    private final List<DuplicateMatch> matches;

    ProbableDuplicates(List<DuplicateMatch> matches) {
        super(matches.size() + " probable duplicates");
        this.matches = List.copyOf(matches);
    }

    public List<DuplicateMatch> matches() {
        return matches;
    }
}
