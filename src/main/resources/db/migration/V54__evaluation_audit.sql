-- The audit trail of what staff change in evaluation and certificates: questionnaires and their items, the
-- certificate rule, and certificates issued and revoked. Answers are not audited: an audit row written with a
-- person's answer would tie an anonymous evaluation to its author.
create trigger audit after insert or update or delete on questionnaire for each row execute function portal_audit('id', 'activity', 'activity_id');
create trigger audit after insert or update or delete on questionnaire_item for each row execute function portal_audit('id', 'questionnaire', 'questionnaire_id');
create trigger audit after insert or update or delete on certificate_rule for each row execute function portal_audit('activity_id', 'activity', 'activity_id');
create trigger audit after insert or update or delete on certificate for each row execute function portal_audit('id', 'enrolment', 'enrolment_id');
