-- Stoker schema, version 10: flow control. Concurrency limits, rate limits and unique jobs, each
-- enforced by the database so that they hold across servers.
--
-- A limited job carries its limits in its row, copied from its @Job when it was created, so that
-- every server claiming it counts it alike. Jobs without limits leave these columns null, and the
-- claim of their queue stays the statement it was.
alter table stoker_job add column concurrency_key varchar(500);
alter table stoker_job add column concurrency_limit integer;
alter table stoker_job add column rate_key varchar(500);
alter table stoker_job add column rate_limit integer;
alter table stoker_job add column rate_period_ms bigint;

-- One row per key of a limit (a concurrency key, a rate key, a limited queue), locked by a claim
-- while it counts the key's running jobs or recent starts: claims of one key take turns, so two
-- servers cannot both take its last slot. Nothing is stored in it but the key; a job that ends,
-- or is rescued from a dead server, frees its slot by leaving PROCESSING.
create table stoker_limit_lock (
    lock_key  varchar(600) not null,
    constraint stoker_limit_lock_pk primary key (lock_key)
);

-- The starts of rate-limited jobs within their window, counted by the claim; older ones are
-- deleted by the claims of their key.
create table stoker_job_start (
    rate_key    varchar(500)             not null,
    started_at  timestamp with time zone not null,
    job_id      uuid                     not null
);
create index stoker_job_start_key on stoker_job_start (rate_key, started_at);

-- The unique jobs: one row per key, naming the job that holds it. A second enqueue with the key
-- finds the row and returns that job while it waits or runs (or until unique_until); after that
-- the next enqueue takes the row over.
create table stoker_unique_job (
    unique_key    varchar(600)             not null,
    job_id        uuid                     not null,
    unique_until  timestamp with time zone,
    constraint stoker_unique_job_pk primary key (unique_key)
);

-- [jooq ignore start]
-- Counting a key's running jobs (a claim), or its unfinished ones (a recurring fire), reads only
-- the unfinished limited jobs; other jobs, and finished ones, add no entry.
create index stoker_job_concurrency on stoker_job (concurrency_key, state)
    where concurrency_key is not null
      and state in ('SCHEDULED', 'ENQUEUED', 'PROCESSING', 'AWAITING');
-- [jooq ignore stop]

-- A fire of an exclusive recurring job that finds the previous run still going is skipped: its
-- job is stored DELETED with the reason in its history, and counted here for the monitoring API.
alter table stoker_recurring_job add column skipped_fires integer not null default 0;
alter table stoker_recurring_job add column last_skipped_at timestamp with time zone;
alter table stoker_recurring_job add column last_skipped_job_id uuid;
