-- A new participant's probable duplicates (and each line's of an import) include the people of the same country
-- with a similar name. Looked up in the registry's trigram index, a name read the entries of everyone who shares a
-- few of its trigrams: among 200,000 people, 5-8 ms for each name, over a minute for a file of 10,000 lines. Many
-- people bear the same name (Nguyễn Thị Lan, Sokha Chan), so similar names are now looked up among each country's
-- distinct names, kept here with how many people (not anonymised) bear each, and their people found by name after.

create table participant_name (
    country     varchar(2) not null,
    search_name text       not null,
    people      integer    not null check (people > 0),
    primary key (search_name, country)
);

-- A small pending list: every lookup reads all of it (with the default of 4 MB, up to 500 pages).
create index participant_name_trgm on participant_name using gin (search_name gin_trgm_ops)
    with (gin_pending_list_limit = 64);

-- The people of a name, in the order a match lists them.
create index participant_search_name_country on participant (search_name, country, id) where anonymised_at is null;

insert into participant_name (country, search_name, people)
    select country, search_name, count(*) from participant where anonymised_at is null group by country, search_name;

-- The names of people inserted, once per statement (an import inserts thousands at once), in key order so that two
-- imports at once take their locks in the same order.
create function participant_names_inserted() returns trigger language plpgsql as $$
begin
    insert into participant_name as kept (country, search_name, people)
        select country, search_name, count(*)
          from inserted
         where anonymised_at is null
         group by search_name, country
         order by search_name, country
    on conflict (search_name, country) do update set people = kept.people + excluded.people;
    return null;
end $$;

create trigger participant_names_inserted after insert on participant referencing new table as inserted
    for each statement execute function participant_names_inserted();

-- A person renamed, moved to another country, anonymised or removed (a merge): one fewer for the old name, one more
-- for the new; a name nobody bears any longer is dropped.
create function participant_name_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'UPDATE' and old.country = new.country and old.search_name = new.search_name
            and (old.anonymised_at is null) = (new.anonymised_at is null) then
        return null;
    end if;
    if old.anonymised_at is null then
        delete from participant_name
         where country = old.country and search_name = old.search_name and people = 1;
        if not found then
            update participant_name set people = people - 1
             where country = old.country and search_name = old.search_name;
        end if;
    end if;
    if TG_OP = 'UPDATE' and new.anonymised_at is null then
        insert into participant_name as kept (country, search_name, people)
            values (new.country, new.search_name, 1)
        on conflict (search_name, country) do update set people = kept.people + 1;
    end if;
    return null;
end $$;

create trigger participant_name_changed
    after update of given_name, family_name, country, anonymised_at or delete on participant
    for each row execute function participant_name_changed();

-- The registry's other trigram indexes serve the participant search ("anywhere" in a name, email or organisation):
-- with the default pending list of 4 MB, the thousands of people an import adds were read through on every search
-- until the list was next merged into the index.
alter index participant_search_name_trgm set (gin_pending_list_limit = 256);
alter index participant_email_trgm set (gin_pending_list_limit = 256);
alter index participant_organisation_trgm set (gin_pending_list_limit = 256);
