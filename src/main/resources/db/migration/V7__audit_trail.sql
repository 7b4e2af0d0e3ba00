-- The audit trail: every insert, update and delete of the records people edit, written by a trigger in the
-- same transaction as the change, with who (set by the application per transaction) and what changed, field by
-- field ({"field": [old, new]}).
create table audit_event (
    id              bigint generated always as identity primary key,
    table_name      varchar(63)  not null,
    record_id       bigint       not null,
    parent_table    varchar(63),
    parent_id       bigint,
    action          varchar(6)   not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    actor           varchar(254) not null,
    at              timestamptz  not null default clock_timestamp(),
    changes         jsonb        not null
);
create index audit_event_record_idx on audit_event (table_name, record_id, id desc);
create index audit_event_parent_idx on audit_event (parent_table, parent_id, id desc) where parent_id is not null;
create index audit_event_actor_idx on audit_event (actor, id desc);
create index audit_event_at_idx on audit_event (at desc, id desc);

-- Arguments: the column that identifies the row, and optionally the parent table and the column pointing to it.
create function portal_audit() returns trigger language plpgsql as $$
declare
    old_row     jsonb := case when TG_OP <> 'INSERT' then to_jsonb(OLD) end;
    new_row     jsonb := case when TG_OP <> 'DELETE' then to_jsonb(NEW) end;
    row_data    jsonb := coalesce(new_row, old_row);
    diff        jsonb := '{}'::jsonb;
    key         text;
begin
    for key in select jsonb_object_keys(row_data) loop
        -- Bookkeeping columns, and login bookkeeping that is logged separately.
        continue when key in ('version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'search_name',
                              'last_login_at', 'failed_login_count', 'failed_logins', 'locked_until');
        continue when TG_OP = 'UPDATE' and (old_row -> key) is not distinct from (new_row -> key);
        if key = 'password_hash' then
            diff := diff || jsonb_build_object(key, jsonb_build_array(
                case when old_row ->> key is not null then 'hidden' end,
                case when new_row ->> key is not null then 'hidden (changed)' end));
        else
            diff := diff || jsonb_build_object(key, jsonb_build_array(old_row -> key, new_row -> key));
        end if;
    end loop;
    if TG_OP = 'UPDATE' and diff = '{}'::jsonb then
        return null;
    end if;
    insert into audit_event (table_name, record_id, parent_table, parent_id, action, actor, changes)
    values (TG_TABLE_NAME, (row_data ->> TG_ARGV[0])::bigint, TG_ARGV[1],
            case when TG_NARGS > 2 then (row_data ->> TG_ARGV[2])::bigint end, TG_OP,
            coalesce(nullif(current_setting('portal.actor', true), ''), 'system'), diff);
    return null;
end $$;

create trigger audit after insert or update or delete on organisation for each row execute function portal_audit('id');
create trigger audit after insert or update or delete on contact_person for each row execute function portal_audit('id', 'organisation', 'organisation_id');
create trigger audit after insert or update or delete on department for each row execute function portal_audit('id');
create trigger audit after insert or update or delete on project for each row execute function portal_audit('id');
create trigger audit after insert or update or delete on funding for each row execute function portal_audit('id', 'project', 'project_id');
create trigger audit after insert or update or delete on partnership for each row execute function portal_audit('id', 'project', 'project_id');
create trigger audit after insert or update or delete on project_component for each row execute function portal_audit('id', 'project', 'project_id');
create trigger audit after insert or update or delete on activity for each row execute function portal_audit('id', 'project', 'project_id');
create trigger audit after insert or update or delete on activity_staff for each row execute function portal_audit('user_id', 'activity', 'activity_id');
create trigger audit after insert or update or delete on participant for each row execute function portal_audit('id');
create trigger audit after insert or update or delete on enrolment for each row execute function portal_audit('id', 'activity', 'activity_id');
create trigger audit after insert or update or delete on action_plan for each row execute function portal_audit('id', 'activity', 'activity_id');
create trigger audit after insert or update or delete on action_plan_member for each row execute function portal_audit('participant_id', 'action_plan', 'action_plan_id');
create trigger audit after insert or update or delete on action_plan_update for each row execute function portal_audit('id', 'action_plan', 'action_plan_id');
create trigger audit after insert or update or delete on user_account for each row execute function portal_audit('id');
