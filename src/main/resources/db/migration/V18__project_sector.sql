-- The DAC 5-digit purpose code of a project's sector, reported in the IATI export (e.g. 43081 Multisector
-- education/training). Existing projects get the institute's usual one.
alter table project add column sector_code varchar(5) not null default '43081' check (sector_code ~ '^[0-9]{5}$');
