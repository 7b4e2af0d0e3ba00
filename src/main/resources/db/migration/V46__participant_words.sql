-- The words of each participant's name, email and organisation, folded as a search folds what it is given (lower
-- case, no diacritics). A search finds people by the start of any word through one range of an index, whatever the
-- size of the registry, and ranks whole-word matches of a name first. Kept by a trigger as people are added and
-- changed.

-- The words of a text: split at spaces and punctuation. Names written without spaces (Chinese) are one word.
create function portal_words(text) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(distinct w), '{}')
            from regexp_split_to_table(portal_fold(coalesce($1, '')), '[[:space:][:punct:]]+') as w
           where w <> '' $$;

create table participant_word (
    -- Byte order, so that "the words starting with nguy" is one range of the primary key.
    word            text collate "C"  not null,
    participant_id  bigint            not null references participant (id) on delete cascade,
    in_name         boolean           not null,
    primary key (word, participant_id)
);

create index participant_word_participant_idx on participant_word (participant_id);

create function participant_words_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from participant_word where participant_id = old.id;
    end if;
    insert into participant_word (word, participant_id, in_name)
        select word, new.id, bool_or(in_name)
          from (select unnest(portal_words(coalesce(new.given_name, '') || ' ' || coalesce(new.family_name, ''))), true
                union all
                select lower(new.email), false where new.email is not null and new.email <> ''
                union all
                select unnest(portal_words(new.organisation_name)), false) as words (word, in_name)
         group by word;
    return null;
end $$;

create trigger participant_words_changed
    after insert or update of given_name, family_name, email, organisation_name on participant
    for each row execute function participant_words_changed();

insert into participant_word (word, participant_id, in_name)
    select word, id, bool_or(in_name)
      from (select p.id, unnest(portal_words(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, ''))), true
              from participant p
            union all
            select p.id, lower(p.email), false from participant p where p.email is not null and p.email <> ''
            union all
            select p.id, unnest(portal_words(p.organisation_name)), false from participant p)
           as words (id, word, in_name)
     group by word, id;
