package org.mekonginstitute.portal.evaluation.answering;

import java.time.LocalDate;

/** Whoever opened an answer link: their enrolment and what the answer pages show of them and the activity. */
public record Respondent(
        long enrolmentId, long activityId, String givenName, String activityTitle, LocalDate start, LocalDate end) {}
