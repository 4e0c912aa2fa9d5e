-- On PostgreSQL every index of stoker_job gains an entry at each change of a job's state, unless it
-- is partial and the job's new row is outside it. Make the indexes that serve only some jobs
-- partial, so that claiming and finishing a job writes as few index entries as it can: the
-- finished jobs for retention, a batch's jobs, and a recurring job's fire times.
-- H2 has no partial indexes and keeps those of version 1.

-- [jooq ignore start]
drop index stoker_job_state;
create index stoker_job_finished on stoker_job (state_changed_at) where state in ('SUCCEEDED', 'DELETED');
drop index stoker_job_batch;
create index stoker_job_batch on stoker_job (batch_id) where batch_id is not null;
drop index stoker_job_fire_time;
create unique index stoker_job_fire_time on stoker_job (recurring_id, fire_time) where recurring_id is not null;
-- [jooq ignore stop]
