-- The dashboard's "my upcoming activities" (activity/ActivityAgenda): the activities that have not ended by a day,
-- found from the day they end (the last scheduled day, or the last day of the planned window's last month), instead
-- of walking every activity from the oldest.
create index activity_ends_idx on activity ((case when start_date is not null then coalesce(end_date, start_date)
    else (coalesce(planned_to, planned_from) + interval '1 month' - interval '1 day')::date end));

-- Who is responsible for an activity is read by figures kept until the data changes (the upcoming activities):
-- its changes bump the data version too (V15).
create constraint trigger reporting_data_changed after insert or update or delete on activity_staff
    deferrable initially deferred for each row execute function reporting_data_changed();
