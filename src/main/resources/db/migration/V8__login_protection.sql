-- Login protection: wrong passwords typed in a row, and until when the account then refuses logins.
alter table user_account add column failed_logins integer not null default 0 check (failed_logins >= 0);
alter table user_account add column locked_until timestamptz;
