package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.ParticipantService.MergeResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Two records of one person made one: enrolments and action plans move to the kept record (where both were in
 * one activity, the kept enrolment takes what only the other knew), the other record is deleted, and the merge is
 * recorded with a snapshot of everything the removed record held. Other modules hear of it first
 * ({@link ParticipantsMerged}) and move what they keep of the removed record.
 */
@Component
@RequiredArgsConstructor
class ParticipantMerge {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final ActionPlanRepository actionPlans;
    private final PersonalData personalData;
    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MergeResult merge(Participant kept, Participant removed, String mergedBy) {
        Map<String, Object> snapshot = personalData.of(removed);
        int moved = 0;
        for (Enrolment enrolment : enrolments.findByParticipant(removed.getId())) {
            var existing = enrolments.find(enrolment.getActivity().getId(), kept.getId());
            if (existing.isPresent()) {
                existing.get().fillGapsFrom(enrolment);
                enrolments.delete(enrolment);
            } else {
                enrolment.moveTo(kept);
            }
            moved++;
        }
        List<ActionPlan> plans = actionPlans.findByMember(removed.getId());
        plans.forEach(plan -> plan.replaceMember(removed, kept));
        enrolments.flush();
        record(kept, removed, snapshot, moved, plans.size(), mergedBy);
        events.publishEvent(new ParticipantsMerged(kept.getId(), removed.getId()));
        participants.delete(removed);
        participants.flush();
        return new MergeResult(kept, moved, plans.size());
    }

    private void record(
            Participant kept, Participant removed, Map<String, Object> snapshot, int enrolments, int plans, String by) {
        jdbc.update(
                """
                insert into participant_merge (kept_id, removed_id, removed_snapshot, enrolments_moved, action_plans_moved,
                                               merged_by, merged_at)
                values (:kept, :removed, cast(:snapshot as jsonb), :enrolments, :plans, :by, :at)""",
                new MapSqlParameterSource()
                        .addValue("kept", kept.getId())
                        .addValue("removed", removed.getId())
                        .addValue("snapshot", json.writeValueAsString(snapshot))
                        .addValue("enrolments", enrolments)
                        .addValue("plans", plans)
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(Instant.now(clock))));
    }
}
