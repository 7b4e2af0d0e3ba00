-- A CSV import checked and imported in the background: the uploaded file waits here until its lines are checked,
-- and the state and progress are kept with the preview so that any page, tab or instance of the portal shows them.
--   state: CHECKING (the lines are being read and matched, or wait their turn while started_at is null), READY (the
--   preview waits for its uploader), IMPORTING (confirmed; being imported, or waiting its turn), DONE (imported:
--   the result waits to be shown; the lines are gone), FAILED (refused or stopped: failure says why).
-- heartbeat_at is renewed while an instance holds the work; a stale one means that instance stopped.
alter table participant_import
    add column state         varchar(10)  not null default 'READY'
        check (state in ('CHECKING', 'READY', 'IMPORTING', 'DONE', 'FAILED')),
    add column file          bytea,
    add column only_valid    boolean      not null default false,
    add column started_at    timestamptz,
    add column heartbeat_at  timestamptz,
    add column progress_done  integer     not null default 0,
    add column progress_total integer     not null default 0,
    add column failure       text,
    add column result        jsonb;
