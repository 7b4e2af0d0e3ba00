-- The language a staff member chose in the language menu ('en', 'th', ...); null while they have not chosen,
-- and then pages follow their browser's language.
alter table user_account add column language varchar(8);
