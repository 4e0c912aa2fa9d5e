-- Stoker schema, version 8: the queues a person paused, and the failed jobs found quickly.
--
-- A queue with a row here is paused: no server claims its jobs, which stay ENQUEUED until it is
-- resumed (the row deleted). Who paused it, and when, is what the monitoring API shows.
create table stoker_queue (
    name       varchar(100)             not null,
    paused_at  timestamp with time zone not null,
    paused_by  varchar(200)             not null,
    constraint stoker_queue_pk primary key (name)
);

-- [jooq ignore start]
-- Failed jobs are few and stay until a person acts: the dashboard lists them newest first, and
-- counts the recent ones for its live graph. H2 keeps stoker_job_state (state, state_changed_at).
create index stoker_job_failed on stoker_job (id) where state = 'FAILED';
-- [jooq ignore stop]
