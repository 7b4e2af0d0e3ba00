-- Each word of a participant also holds the person's name, so that a search finds its best matches in name order
-- from the word index alone and reads from the registry only the people on the page it shows. The words of one
-- person are worked out in one place, the function below, for the triggers and for whoever fills the table.

create function participant_word_rows(given text, family text, email text, organisation text)
    returns table (word text, in_name boolean)
    language sql immutable parallel safe
    as $$ select w, bool_or(n)
            from (select unnest(portal_words(coalesce(given, '') || ' ' || coalesce(family, ''))), true
                  union all
                  select lower(email), false where email is not null and email <> ''
                  union all
                  select unnest(portal_words(organisation)), false) as words (w, n)
           group by w $$;

alter table participant_word add column family_name text, add column given_name text;

update participant_word w set family_name = p.family_name, given_name = p.given_name
  from participant p
 where p.id = w.participant_id;

-- A search reads word, person, rank and name from the index without visiting the table.
alter table participant_word drop constraint participant_word_pkey,
    add primary key (word, participant_id) include (in_name, family_name, given_name);

create or replace function participant_words_changed() returns trigger language plpgsql as $$
begin
    delete from participant_word where participant_id = old.id;
    insert into participant_word (word, participant_id, in_name, family_name, given_name)
        select w.word, new.id, w.in_name, new.family_name, new.given_name
          from participant_word_rows(new.given_name, new.family_name, new.email, new.organisation_name) w;
    return null;
end $$;

create or replace function participant_words_inserted() returns trigger language plpgsql as $$
begin
    insert into participant_word (word, participant_id, in_name, family_name, given_name)
        select w.word, n.id, w.in_name, n.family_name, n.given_name
          from inserted n
         cross join lateral participant_word_rows(n.given_name, n.family_name, n.email, n.organisation_name) w;
    return null;
end $$;
