-- Scale (issue 8): indexes the list pages read their pages from, so that a page of a long list is read in order
-- from an index instead of sorting every row (checked with EXPLAIN ANALYZE on the benchmark data, bench/README.md).

-- The activity list's sort keys (activity/ActivityQueries): each ends with the date and the id in the same
-- direction, so one index serves both directions. The date one replaces V15's, which it also serves.
drop index activity_when_idx;
create index activity_when_idx on activity ((coalesce(start_date, planned_from)), id);
create index activity_title_order_idx on activity (lower(title), id);
create index activity_type_order_idx on activity (type, (coalesce(start_date, planned_from)), id);
-- Also what V5's index on the status alone served.
drop index activity_status_idx;
create index activity_status_order_idx on activity (status, (coalesce(start_date, planned_from)), id);

-- The project list's default order: ongoing projects first, then the latest start.
create index project_list_order_idx on project ((status = 'ONGOING') desc, start_date desc, id);
-- The year filter's range: the last year any project ends (the first start is project_dates_idx).
create index project_end_idx on project (end_date);

-- The project field's suggestions (project/picker): code or title containing what was typed.
create index project_code_title_trgm on project using gin ((code || ' ' || title) gin_trgm_ops);
