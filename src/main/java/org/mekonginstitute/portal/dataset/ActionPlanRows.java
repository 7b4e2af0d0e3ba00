package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.LargeDataset.ANCHOR;
import static org.mekonginstitute.portal.dataset.Vocabulary.TOPICS;
import static org.mekonginstitute.portal.dataset.Vocabulary.staffEmail;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The generated action plans after completed capacity development programmes and trainings: led by one of those
 * enrolled, with up to two more members, and dated updates unless not started yet.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class ActionPlanRows {

    private static final String[] STATUSES = {
        "NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "COMPLETED", "DROPPED"
    };

    private final Random random;
    private final ParticipantRows.Participants participants;
    private final ActivityRows.Activities activities;
    private long updateId;

    /** Writes the action plans, visiting the activities that call for one until there are enough; returns how many. */
    static int write(
            DatasetLoad load,
            Random random,
            ParticipantRows.Participants participants,
            ActivityRows.Activities activities)
            throws SQLException {
        return new ActionPlanRows(random, participants, activities).write(load);
    }

    private int write(DatasetLoad load) throws SQLException {
        int count = load.count(20_000, 20);
        long base = load.max("action_plan");
        updateId = load.max("action_plan_update");
        int plans = 0;
        try (CopyWriter out = load.writer(
                        "action_plan", "id, activity_id, title, country, description, target_date, status");
                CopyWriter members = load.writer("action_plan_member", "action_plan_id, participant_id");
                CopyWriter updates = load.writer(
                        "action_plan_update",
                        "id, action_plan_id, update_date, note, status_after, recorded_by, recorded_at")) {
            for (int round = 0; round < 50 && plans < count; round++) {
                for (int i = 0; i < activities.count() && plans < count; i++) {
                    int[] enrolled = activities.enrolled()[i];
                    if (!activities.followUp()[i] || enrolled.length == 0 || random.nextInt(3) != 0) {
                        continue;
                    }
                    long id = base + 1 + plans++;
                    String status = plan(out, members, id, plans, i, enrolled);
                    if (!status.equals("NOT_STARTED")) {
                        updates(updates, id, status, activities.end()[i]);
                    }
                }
            }
        }
        return plans;
    }

    /** The plan and its members; returns its status. */
    private String plan(CopyWriter out, CopyWriter members, long id, int number, int activity, int[] enrolled) {
        int lead = enrolled[random.nextInt(enrolled.length)];
        String status = STATUSES[random.nextInt(6)];
        LocalDate target = activities.end()[activity].plusMonths(6 + random.nextInt(12));
        out.row(
                id,
                activities.base() + 1 + activity,
                "Action plan " + number + " on " + TOPICS[random.nextInt(TOPICS.length)],
                participants.country()[lead],
                "Follow-up actions agreed at the end of the programme.",
                target,
                status);
        Set<Integer> team = new HashSet<>();
        team.add(lead);
        for (int m = 0, extra = random.nextInt(3); m < extra; m++) {
            team.add(enrolled[random.nextInt(enrolled.length)]);
        }
        for (int member : team) {
            members.row(id, participants.base() + 1 + member);
        }
        return status;
    }

    /** One or two updates, four months apart from two months after the activity, never after the anchor day. */
    private void updates(CopyWriter out, long id, String status, LocalDate activityEnd) {
        for (int u = 0, n = 1 + random.nextInt(2); u < n; u++) {
            LocalDate date = activityEnd.plusMonths(2 + 4L * u);
            out.row(
                    ++updateId,
                    id,
                    date.isAfter(ANCHOR) ? ANCHOR : date,
                    "Progress reported by the country team.",
                    u == n - 1 ? status : "IN_PROGRESS",
                    staffEmail(1),
                    date.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }
}
