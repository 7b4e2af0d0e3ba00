-- Inserting thousands of participants and enrolments at once (a CSV import) ran three triggers per row: the audit
-- trail, the words of each name and the reporting version's bump. The same results, written once per statement
-- from its inserted rows (a transition table), or checked once per transaction, cost a fraction of that.

-- The audit trail of inserts, row for row what portal_audit writes for an insert: every column but the
-- bookkeeping ones as [null, value], by whoever the transaction names. Updates and deletes keep portal_audit.
create function portal_audit_inserted() returns trigger language plpgsql as $$
begin
    insert into audit_event (table_name, record_id, parent_table, parent_id, action, actor, changes)
    select TG_TABLE_NAME, (r ->> TG_ARGV[0])::bigint, TG_ARGV[1],
           case when TG_NARGS > 2 then (r ->> TG_ARGV[2])::bigint end, 'INSERT',
           coalesce(nullif(current_setting('portal.actor', true), ''), 'system'),
           (select coalesce(jsonb_object_agg(key,
                       case when key = 'password_hash'
                            then jsonb_build_array(null::text,
                                     case when value <> 'null'::jsonb then 'hidden (changed)' end)
                            else jsonb_build_array(null::jsonb, value) end), '{}'::jsonb)
              from jsonb_each(r)
             where key not in ('version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'search_name',
                               'last_login_at', 'failed_login_count', 'failed_logins', 'locked_until'))
      from (select to_jsonb(n) as r from inserted n) as rows;
    return null;
end $$;

drop trigger audit on participant;
create trigger audit after update or delete on participant for each row execute function portal_audit('id');
create trigger audit_inserted after insert on participant referencing new table as inserted
    for each statement execute function portal_audit_inserted('id');

drop trigger audit on enrolment;
create trigger audit after update or delete on enrolment
    for each row execute function portal_audit('id', 'activity', 'activity_id');
create trigger audit_inserted after insert on enrolment referencing new table as inserted
    for each statement execute function portal_audit_inserted('id', 'activity', 'activity_id');

-- The words of new participants, as participant_words_changed writes them for one.
create function participant_words_inserted() returns trigger language plpgsql as $$
begin
    insert into participant_word (word, participant_id, in_name)
        select word, id, bool_or(in_name)
          from (select n.id, unnest(portal_words(coalesce(n.given_name, '') || ' ' || coalesce(n.family_name, ''))),
                       true
                  from inserted n
                union all
                select n.id, lower(n.email), false from inserted n where n.email is not null and n.email <> ''
                union all
                select n.id, unnest(portal_words(n.organisation_name)), false from inserted n)
               as words (id, word, in_name)
         group by word, id;
    return null;
end $$;

drop trigger participant_words_changed on participant;
create trigger participant_words_changed
    after update of given_name, family_name, email, organisation_name on participant
    for each row execute function participant_words_changed();
create trigger participant_words_inserted after insert on participant referencing new table as inserted
    for each statement execute function participant_words_inserted();

-- The reporting version is bumped once per transaction; the rows after the first now see that from a setting of
-- the transaction's instead of trying the update again.
create or replace function reporting_data_changed() returns trigger language plpgsql as $$
begin
    if current_setting('portal.data_changed_in', true) is distinct from pg_current_xact_id()::text then
        update reporting_data_version
           set version = version + 1, changed_by = pg_current_xact_id(), changed_at = now()
         where id = 1 and changed_by is distinct from pg_current_xact_id();
        perform set_config('portal.data_changed_in', pg_current_xact_id()::text, true);
    end if;
    return null;
end $$;

-- An enrolment inserted as anything but an attending participant changes no reach figure: the trigger need not run.
drop trigger reach_enrolment_changed on enrolment;
create trigger reach_enrolment_changed
    after delete or update of participant_id, activity_id, role, status on enrolment
    for each row execute function reach_enrolment_changed();
create trigger reach_enrolment_inserted after insert on enrolment
    for each row when (new.status = 'ATTENDED' and new.role = 'PARTICIPANT')
    execute function reach_enrolment_changed();
