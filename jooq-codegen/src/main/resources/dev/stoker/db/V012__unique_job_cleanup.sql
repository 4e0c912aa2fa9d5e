-- Stoker schema, version 12: the rows of unique jobs go when they no longer hold anything.
--
-- Retention removes the key's row together with its job when the key was held for as long as the
-- job was unfinished, and removes a key held until a time once that time is older than the
-- retention; each removal finds its rows through one of these indexes.
create index stoker_unique_job_job on stoker_unique_job (job_id);
create index stoker_unique_job_until on stoker_unique_job (unique_until);
