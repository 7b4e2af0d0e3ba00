-- Reporting: an index for "activities in this period", and a data version that lets the portal keep computed
-- aggregates (dashboard, reach report) until the data they are made from changes.

-- When an activity happens, as every list and report reads it: the scheduled start, else the planned window's
-- first month (the same expression as the activity list's WHEN).
create index activity_when_idx on activity ((coalesce(start_date, planned_from)));

-- One row, bumped once by every committing transaction that changed a table the aggregates read. The bump runs
-- at commit (deferred constraint trigger), so writers hold the row's lock only while committing and never while
-- waiting for another lock: no deadlocks, and no waiting longer than another writer's commit. Because it commits
-- with the change, a reader that reads the version first and then the data can never label old data with a new
-- version (see reporting/ReportingCache).
create table reporting_data_version (
    id          integer     primary key check (id = 1),
    version     bigint      not null,
    changed_by  xid8,
    changed_at  timestamptz not null default now()
);
insert into reporting_data_version (id, version) values (1, 0);

create function reporting_data_changed() returns trigger language plpgsql as $$
begin
    -- Once per transaction: further rows of the same transaction find their own bump and update nothing.
    update reporting_data_version
       set version = version + 1, changed_by = pg_current_xact_id(), changed_at = now()
     where id = 1 and changed_by is distinct from pg_current_xact_id();
    return null;
end $$;

create constraint trigger reporting_data_changed after insert or update or delete on enrolment
    deferrable initially deferred for each row execute function reporting_data_changed();
create constraint trigger reporting_data_changed after insert or update or delete on participant
    deferrable initially deferred for each row execute function reporting_data_changed();
create constraint trigger reporting_data_changed after insert or update or delete on activity
    deferrable initially deferred for each row execute function reporting_data_changed();
create constraint trigger reporting_data_changed after insert or update or delete on project
    deferrable initially deferred for each row execute function reporting_data_changed();
create constraint trigger reporting_data_changed after insert or update or delete on funding
    deferrable initially deferred for each row execute function reporting_data_changed();
