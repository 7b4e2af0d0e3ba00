-- The words of people's names with the people in name order: the first page of a search for one whole word of a
-- name (the commonest search: a family name such as Nguyen) is the first entries under that word, read without
-- grouping everyone else whose words start with it.
create index participant_word_name_order on participant_word (word, family_name, given_name, participant_id)
    where in_name;
