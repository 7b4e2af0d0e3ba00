-- Lists kept until the data changes also name organisations and departments (the donors and departments the list
-- filters offer): renaming, adding or removing one is a change of that data too, so those lists follow at once.
create constraint trigger reporting_data_changed after insert or update or delete on organisation
    deferrable initially deferred for each row execute function reporting_data_changed();
create constraint trigger reporting_data_changed after insert or update or delete on department
    deferrable initially deferred for each row execute function reporting_data_changed();
