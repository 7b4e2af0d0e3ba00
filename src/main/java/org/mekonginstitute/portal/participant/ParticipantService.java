package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The participant registry: creating without duplicates, editing, merging two records, privacy. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ParticipantService {

    private final ParticipantRepository participants;
    private final EnrolmentRepository enrolments;
    private final ActionPlanRepository actionPlans;
    private final ParticipantQueries queries;
    private final OrganisationService organisations;
    private final Countries countries;
    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public Participant get(long id) {
        return participants.findDetailed(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }

    Page<ParticipantRow> search(ParticipantFilter filter) {
        return queries.search(filter);
    }

    List<ParticipantRow> quickSearch(String text) {
        // Nobody's name holds a character that cannot be stored: such a search finds no one.
        return searchable(text) && PlainText.storable(text) ? queries.quickSearch(text) : List.of();
    }

    /** Two letters at least, or one Chinese character: many Chinese names are two characters in all. */
    static boolean searchable(String text) {
        String typed = text == null ? "" : text.strip();
        return typed.codePointCount(0, typed.length()) >= 2
                || typed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    List<HistoryRow> history(long id) {
        return queries.history(id);
    }

    List<DuplicateMatch> probableDuplicates(ParticipantForm form, Long excludeId) {
        return queries.duplicates(
                form.getEmail(), form.getGivenName(), form.getFamilyName(), form.getCountry(), excludeId);
    }

    /**
     * Registers a person, unless they probably exist already: then the matches come back for the user to choose
     * from, and only "create anyway" saves. An email used by someone else is never accepted.
     */
    @Transactional
    public Participant create(ParticipantForm form) {
        if (!form.isCreateAnyway() && countries.isValid(form.getCountry())) {
            List<DuplicateMatch> matches = probableDuplicates(form, null);
            if (!matches.isEmpty()) {
                throw new ProbableDuplicates(matches);
            }
        }
        Organisation organisation = check(form, null);
        return participants.saveAndFlush(new Participant(form, organisation));
    }

    @Transactional
    Participant update(long id, ParticipantForm form) {
        Participant participant = get(id);
        participant.checkVersion(form.getVersion());
        if (participant.isAnonymised()) {
            throw new InUseException("This participant was anonymised; the record can no longer be edited.");
        }
        participant.apply(form, check(form, participant));
        return participants.saveAndFlush(participant);
    }

    /** Clears the person's identifying fields; what counts for the statistics stays. */
    @Transactional
    void anonymise(long id) {
        get(id).anonymise(Instant.now(clock));
    }

    /**
     * Merges {@code removedId} into {@code keptId}: enrolments and action plans move to the kept record (where
     * both were in one activity, the kept enrolment takes what only the other knew), the removed record is
     * deleted, and the merge is recorded with a snapshot of everything the removed record held.
     */
    @Transactional
    MergeResult merge(long keptId, long removedId, String mergedBy) {
        if (keptId == removedId) {
            throw new InUseException("Choose two different participants to merge.");
        }
        Participant kept = get(keptId);
        Participant removed = get(removedId);
        Map<String, Object> snapshot = exportData(removedId);
        int moved = 0;
        for (Enrolment enrolment : enrolments.findByParticipant(removedId)) {
            var existing = enrolments.find(enrolment.getActivity().getId(), keptId);
            if (existing.isPresent()) {
                existing.get().fillGapsFrom(enrolment);
                enrolments.delete(enrolment);
            } else {
                enrolment.moveTo(kept);
            }
            moved++;
        }
        List<ActionPlan> plans = actionPlans.findByMember(removedId);
        plans.forEach(plan -> plan.replaceMember(removed, kept));
        enrolments.flush();
        jdbc.update(
                """
                insert into participant_merge (kept_id, removed_id, removed_snapshot, enrolments_moved, action_plans_moved,
                                               merged_by, merged_at)
                values (:kept, :removed, cast(:snapshot as jsonb), :enrolments, :plans, :by, :at)""",
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("kept", keptId)
                        .addValue("removed", removedId)
                        .addValue("snapshot", json.writeValueAsString(snapshot))
                        .addValue("enrolments", moved)
                        .addValue("plans", plans.size())
                        .addValue("by", mergedBy)
                        .addValue("at", java.sql.Timestamp.from(Instant.now(clock))));
        participants.delete(removed);
        participants.flush();
        return new MergeResult(kept, moved, plans.size());
    }

    record MergeResult(Participant kept, int enrolmentsMoved, int actionPlansMoved) {}

    /** Everything the portal holds about one person, as they may ask to see it. */
    Map<String, Object> exportData(long id) {
        Participant p = get(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.getId());
        data.put("title", p.getTitle());
        data.put("givenName", p.getGivenName());
        data.put("familyName", p.getFamilyName());
        data.put("gender", p.getGender().name());
        data.put("country", p.getCountry());
        data.put("organisationName", p.getOrganisationName());
        data.put(
                "organisationType",
                p.getOrganisationType() == null ? null : p.getOrganisationType().name());
        data.put("position", p.getPosition());
        data.put("seniority", p.getSeniority() == null ? null : p.getSeniority().name());
        data.put("email", p.getEmail());
        data.put("phone", p.getPhone());
        data.put("consentToContact", p.isConsentToContact());
        data.put(
                "anonymisedAt",
                p.getAnonymisedAt() == null ? null : p.getAnonymisedAt().toString());
        data.put(
                "recordCreatedAt",
                p.getCreatedAt() == null ? null : p.getCreatedAt().toString());
        data.put(
                "enrolments",
                jdbc.queryForList("""
                select a.title as activity, p.code as project, a.start_date as "startDate", a.end_date as "endDate",
                       e.role, e.status, e.days_attended as "daysAttended", e.pre_test_score as "preTestScore",
                       e.post_test_score as "postTestScore", e.satisfaction, e.certificate_issued as "certificateIssued"
                from enrolment e join activity a on a.id = e.activity_id join project p on p.id = a.project_id
                where e.participant_id = :id order by a.start_date""", Map.of("id", id)).stream()
                        .map(ParticipantService::jsonSafe)
                        .toList());
        data.put(
                "actionPlans",
                jdbc.queryForList("""
                select ap.title, ap.country, ap.description, ap.target_date as "targetDate", ap.status
                from action_plan ap join action_plan_member m on m.action_plan_id = ap.id
                where m.participant_id = :id order by ap.id""", Map.of("id", id)).stream()
                        .map(ParticipantService::jsonSafe)
                        .toList());
        return data;
    }

    private static Map<String, Object> jsonSafe(Map<String, Object> row) {
        Map<String, Object> safe = new LinkedHashMap<>();
        row.forEach((k, v) -> safe.put(
                k,
                v instanceof java.sql.Date d
                        ? d.toLocalDate().toString()
                        : v instanceof java.math.BigDecimal b ? b.toPlainString() : v));
        return safe;
    }

    private Organisation check(ParticipantForm form, Participant existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                form.getCountry() != null && !countries.isValid(form.getCountry()),
                "country",
                "Choose a country from the list.");
        Organisation organisation = null;
        if (form.getOrganisationId() != null) {
            organisation = organisations.find(form.getOrganisationId()).orElse(null);
            problems.addIf(organisation == null, "organisationId", "Choose an organisation from the list.");
        }
        if (form.getEmail() != null && !form.getEmail().isBlank()) {
            participants
                    .findByEmail(form.getEmail().strip())
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(
                            "email",
                            "This email belongs to " + other.fullName() + " (" + countries.name(other.getCountry())
                                    + "); use that record instead."));
        }
        problems.check();
        return organisation;
    }
}
