-- Stoker schema, version 2: what a recurring job needs to fire on any server without its handler
-- at hand (queue, priority, retries), where it came from, and the fire times it leaves out.
--
-- One job per fire time stays the unique index stoker_job_fire_time of version 1, on
-- (recurring_id, fire_time): every server may try to create a fire's job, one insert wins.

-- ANNOTATION: a @Job's own cron, registered, updated and removed by the servers as the code
-- changes; CLIENT: registered in code, removed only when asked.
alter table stoker_recurring_job add column source varchar(16) not null default 'CLIENT';
alter table stoker_recurring_job add column except_cron varchar(200) not null default '';
alter table stoker_recurring_job add column queue varchar(100) not null default 'default';
alter table stoker_recurring_job add column priority integer not null default 0;
alter table stoker_recurring_job add column max_retries integer not null default 10;
alter table stoker_recurring_job add constraint stoker_recurring_job_source_check
    check (source in ('ANNOTATION', 'CLIENT'));
alter table stoker_recurring_job add constraint stoker_recurring_job_misfire_check
    check (misfire_policy in ('RUN_ONCE', 'SKIP'));

-- The servers look for the recurring jobs due now at every poll.
create index stoker_recurring_job_due on stoker_recurring_job (next_fire_at);
