package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Staff build an activity's test and evaluation here: items added and removed, copied from a template or from
 * another activity, kept as a template, and rounds opened and closed. The rules live in {@link Questionnaire}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final ActivityService activities;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The activity's test or evaluation with its items and rounds; empty until staff add something. */
    public Optional<Questionnaire> find(long activityId, QuestionnaireKind kind) {
        Optional<Questionnaire> found = questionnaires.find(activityId, kind);
        found.ifPresent(q -> q.getRounds().size());
        return found;
    }

    @Transactional
    public void addItem(long activityId, QuestionnaireKind kind, ItemDraft draft) {
        change(activityId, kind, q -> q.addItem(draft));
    }

    @Transactional
    public void removeItem(long activityId, QuestionnaireKind kind, long itemId) {
        change(activityId, kind, q -> q.removeItem(itemId));
    }

    @Transactional
    public void describe(long activityId, QuestionnaireKind kind, String title, boolean anonymous) {
        change(activityId, kind, q -> q.describe(title, anonymous));
    }

    /** Replaces the items with those of a template or another activity's questionnaire. */
    @Transactional
    public void copy(long activityId, QuestionnaireKind kind, long sourceId) {
        Questionnaire source =
                questionnaires.withItems(sourceId).orElseThrow(() -> new NotFoundException("Questionnaire", sourceId));
        change(activityId, kind, q -> q.copyItemsFrom(source));
    }

    /** Keeps the activity's questionnaire as a template under this title; returns the template's id. */
    @Transactional
    public long keepAsTemplate(long activityId, QuestionnaireKind kind, String title) {
        Questionnaire questionnaire = find(activityId, kind)
                .filter(q -> !q.getItems().isEmpty())
                .orElseThrow(() -> new QuestionnaireRefused(Text.of("evaluation.questionnaire.emptyTemplate")));
        return questionnaires.save(questionnaire.asTemplate(title)).getId();
    }

    @Transactional
    public void open(long activityId, Round round) {
        Instant now = clock.instant();
        change(activityId, round.kind(), q -> q.open(round, now));
    }

    @Transactional
    public void close(long activityId, Round round) {
        Instant now = clock.instant();
        change(activityId, round.kind(), q -> q.close(round, now));
    }

    /** What the items can be copied from: templates first, then other activities' questionnaires, latest first. */
    public List<CopySource> copySources(long activityId, QuestionnaireKind kind) {
        return jdbc.query(
                """
                select q.id, coalesce(a.title, q.title) as label, q.activity_id is null as template
                from questionnaire q left join activity a on a.id = q.activity_id
                where q.kind = :kind and (q.activity_id is null or q.activity_id <> :activity)
                  and exists (select 1 from questionnaire_item i where i.questionnaire_id = q.id)
                order by q.activity_id is not null, a.start_date desc nulls last, lower(q.title), q.id
                limit 50""",
                Map.of("kind", kind.name(), "activity", activityId),
                (rs, n) -> new CopySource(rs.getLong("id"), rs.getString("label"), rs.getBoolean("template")));
    }

    private void change(long activityId, QuestionnaireKind kind, Consumer<Questionnaire> change) {
        Questionnaire questionnaire = questionnaires
                .find(activityId, kind)
                .orElseGet(() -> questionnaires.save(Questionnaire.of(activities.get(activityId), kind)));
        change.accept(questionnaire);
        questionnaires.flush();
    }
}
