package org.mekonginstitute.portal.evaluation.questionnaire;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

/** Questionnaires with their items; an activity's test or evaluation, and the templates to copy. */
interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    @Query("select distinct q from Questionnaire q left join fetch q.items where q.activity.id = ?1 and q.kind = ?2")
    Optional<Questionnaire> find(long activityId, QuestionnaireKind kind);

    @Query("select distinct q from Questionnaire q left join fetch q.items where q.id = ?1")
    Optional<Questionnaire> withItems(long id);
}
