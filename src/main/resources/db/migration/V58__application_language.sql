-- The language the public form was filled in ('en', 'th', ...): the confirmation and every decision are written
-- in it, to the applicant and to the focal point who nominated them, whatever language staff read the portal in.
-- The forms were in English only before.
alter table application add column language varchar(8) not null default 'en';
