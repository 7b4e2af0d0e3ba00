-- Reach figures kept up to date as the data changes, instead of counted afresh from every attended enrolment after
-- each change. Triggers note which participants and activities a change touches; the portal then recounts only
-- those (ReachLedger): it takes away what they added to the figures when last counted, and adds what they add now.

-- What each counted participant added when last counted: their gender, country and organisation type, and their
-- participations per year and activity type.
create table reach_participant (
    participant_id  bigint       primary key,
    gender          varchar(12)  not null,
    country         varchar(2)   not null,
    org_type        varchar(40)  not null
);

create table reach_participant_year_type (
    participant_id  bigint       not null,
    year            integer      not null,
    activity_type   varchar(40)  not null,
    participations  integer      not null,
    primary key (participant_id, year, activity_type)
);

-- Activities with at least one participation, when last counted.
create table reach_activity (
    activity_id     bigint       primary key,
    year            integer      not null,
    activity_type   varchar(40)  not null
);

-- The figures: people and participations per breakdown and gender; activities per breakdown (in people).
-- Parts a breakdown does not have are 0 or ''.
create table reach_figure (
    breakdown       varchar(30)  not null,
    year            integer      not null default 0,
    country         varchar(2)   not null default '',
    org_type        varchar(40)  not null default '',
    activity_type   varchar(40)  not null default '',
    gender          varchar(12)  not null default '',
    people          bigint       not null,
    participations  bigint       not null,
    primary key (breakdown, year, country, org_type, activity_type, gender)
);

-- Participants and activities to recount.
create table reach_recount_participant (participant_id bigint primary key);
create table reach_recount_activity (activity_id bigint primary key);

create function reach_enrolment_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'ATTENDED' and old.role = 'PARTICIPANT' then
        insert into reach_recount_participant values (old.participant_id) on conflict do nothing;
        insert into reach_recount_activity values (old.activity_id) on conflict do nothing;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'ATTENDED' and new.role = 'PARTICIPANT' then
        insert into reach_recount_participant values (new.participant_id) on conflict do nothing;
        insert into reach_recount_activity values (new.activity_id) on conflict do nothing;
    end if;
    return null;
end $$;

create trigger reach_enrolment_changed
    after insert or delete or update of participant_id, activity_id, role, status on enrolment
    for each row execute function reach_enrolment_changed();

create function reach_participant_changed() returns trigger language plpgsql as $$
begin
    insert into reach_recount_participant values (old.id) on conflict do nothing;
    return null;
end $$;

create trigger reach_participant_changed
    after update of gender, country, organisation_type on participant
    for each row
    when (old.gender is distinct from new.gender or old.country is distinct from new.country
          or old.organisation_type is distinct from new.organisation_type)
    execute function reach_participant_changed();

create trigger reach_participant_removed after delete on participant
    for each row execute function reach_participant_changed();

create function reach_activity_changed() returns trigger language plpgsql as $$
begin
    insert into reach_recount_activity values (old.id) on conflict do nothing;
    insert into reach_recount_participant
        select distinct e.participant_id from enrolment e
         where e.activity_id = old.id and e.status = 'ATTENDED' and e.role = 'PARTICIPANT'
        on conflict do nothing;
    return null;
end $$;

create trigger reach_activity_changed
    after update of start_date, planned_from, type on activity
    for each row
    when (coalesce(old.start_date, old.planned_from) is distinct from coalesce(new.start_date, new.planned_from)
          or old.type is distinct from new.type)
    execute function reach_activity_changed();

create trigger reach_activity_removed after delete on activity
    for each row execute function reach_activity_changed();

-- One step of a recount: up to step_size participants and activities noted by the triggers are taken off the lists;
-- what they added to the figures when last counted is taken away and what they add now is added. Returns whether
-- more may wait. One recount at a time across every instance (the advisory lock). The counting rules are those of
-- ReachQueries: a participation is an attended enrolment in the role PARTICIPANT; an activity's year is that of its
-- scheduled start, else of its planned window.
create function reach_recount(step_size integer) returns boolean language plpgsql as $$
declare
    batch_participants bigint[];
    batch_activities bigint[];
begin
    perform pg_advisory_xact_lock(7021957);
    with taken as (
        delete from reach_recount_participant r
         where r.participant_id in (select participant_id from reach_recount_participant
                                     order by participant_id limit step_size)
        returning r.participant_id)
    select coalesce(array_agg(participant_id), '{}') into batch_participants from taken;
    with taken as (
        delete from reach_recount_activity r
         where r.activity_id in (select activity_id from reach_recount_activity order by activity_id limit step_size)
        returning r.activity_id)
    select coalesce(array_agg(activity_id), '{}') into batch_activities from taken;

    if cardinality(batch_participants) > 0 then
        create temporary table reach_live on commit drop as
            select e.participant_id, extract(year from coalesce(a.start_date, a.planned_from))::int as year,
                   a.type as activity_type, count(*)::int as participations
              from enrolment e
              join activity a on a.id = e.activity_id
             where e.participant_id = any(batch_participants) and e.status = 'ATTENDED' and e.role = 'PARTICIPANT'
             group by 1, 2, 3;

        with counted as (
            select l.participant_id, l.year, l.activity_type, l.participations, p.gender, p.country,
                   coalesce(p.organisation_type, '') as org_type, 1 as sign
              from reach_live l join participant p on p.id = l.participant_id
            union all
            select b.participant_id, b.year, b.activity_type, b.participations, p.gender, p.country, p.org_type, -1
              from reach_participant_year_type b join reach_participant p using (participant_id)
             where b.participant_id = any(batch_participants)
        ), change as (
            select case grouping(c.year, c.country, c.org_type, c.activity_type)
                       when 15 then 'total' when 11 then 'country' when 13 then 'organisation-type'
                       when 7 then 'year' when 3 then 'year-country' when 5 then 'year-organisation-type'
                       when 14 then 'activity-type' when 6 then 'year-activity-type' end as breakdown,
                   coalesce(c.year, 0) as year, coalesce(c.country, '') as country, coalesce(c.org_type, '') as org_type,
                   coalesce(c.activity_type, '') as activity_type, c.gender,
                   count(distinct c.participant_id) filter (where c.sign = 1)
                       - count(distinct c.participant_id) filter (where c.sign = -1) as people,
                   sum(c.sign * c.participations) as participations
              from counted c
             group by grouping sets ((c.gender), (c.country, c.gender), (c.org_type, c.gender), (c.year, c.gender),
                                     (c.year, c.country, c.gender), (c.year, c.org_type, c.gender),
                                     (c.activity_type, c.gender), (c.year, c.activity_type, c.gender))
        )
        insert into reach_figure as f (breakdown, year, country, org_type, activity_type, gender, people, participations)
        select * from change where change.people <> 0 or change.participations <> 0
        on conflict (breakdown, year, country, org_type, activity_type, gender) do update
            set people = f.people + excluded.people, participations = f.participations + excluded.participations;

        delete from reach_participant_year_type where participant_id = any(batch_participants);
        delete from reach_participant where participant_id = any(batch_participants);
        insert into reach_participant_year_type select * from reach_live;
        insert into reach_participant (participant_id, gender, country, org_type)
            select p.id, p.gender, p.country, coalesce(p.organisation_type, '') from participant p
             where p.id in (select participant_id from reach_live);
        drop table reach_live;
    end if;

    if cardinality(batch_activities) > 0 then
        with live as (
            select a.id, extract(year from coalesce(a.start_date, a.planned_from))::int as year, a.type
              from activity a
             where a.id = any(batch_activities)
               and exists (select 1 from enrolment e
                            where e.activity_id = a.id and e.status = 'ATTENDED' and e.role = 'PARTICIPANT')
        ), counted as (
            select live.year, live.type as activity_type, 1 as sign from live
            union all
            select r.year, r.activity_type, -1 from reach_activity r where r.activity_id = any(batch_activities)
        ), change as (
            select case grouping(c.year, c.activity_type)
                       when 3 then 'activities' when 2 then 'type-activities'
                       when 1 then 'year-activities' when 0 then 'year-type-activities' end as breakdown,
                   coalesce(c.year, 0) as year, coalesce(c.activity_type, '') as activity_type,
                   sum(c.sign) as activities
              from counted c
             group by grouping sets ((), (c.activity_type), (c.year), (c.year, c.activity_type))
        )
        insert into reach_figure as f (breakdown, year, activity_type, people, participations)
        select change.breakdown, change.year, change.activity_type, change.activities, 0 from change
         where change.activities <> 0
        on conflict (breakdown, year, country, org_type, activity_type, gender) do update
            set people = f.people + excluded.people;

        delete from reach_activity where activity_id = any(batch_activities);
        insert into reach_activity (activity_id, year, activity_type)
            select a.id, extract(year from coalesce(a.start_date, a.planned_from))::int, a.type from activity a
             where a.id = any(batch_activities)
               and exists (select 1 from enrolment e
                            where e.activity_id = a.id and e.status = 'ATTENDED' and e.role = 'PARTICIPANT');
    end if;

    delete from reach_figure where people = 0 and participations = 0;
    return cardinality(batch_participants) = step_size or cardinality(batch_activities) = step_size;
end $$;

-- Everything there is now is counted once, the first time the figures are read.
insert into reach_recount_participant
    select distinct participant_id from enrolment where status = 'ATTENDED' and role = 'PARTICIPANT';
insert into reach_recount_activity
    select distinct activity_id from enrolment where status = 'ATTENDED' and role = 'PARTICIPANT';
