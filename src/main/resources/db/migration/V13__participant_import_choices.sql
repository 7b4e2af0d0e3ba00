-- A CSV import between upload and confirmation (the table came with V6): the choice made for each line with
-- probable duplicates, kept apart from the parsed rows so that changing one does not rewrite them all, and the
-- counts the preview shows. Previews older than a day are removed; the index finds them.
alter table participant_import
    add column choices    jsonb   not null default '{}'::jsonb,
    add column row_count  integer not null default 0,
    add column problem_count integer not null default 0,
    add column duplicate_count integer not null default 0;

create index participant_import_created_idx on participant_import (created_at);
create index participant_import_owner_idx on participant_import (created_by, created_at);
