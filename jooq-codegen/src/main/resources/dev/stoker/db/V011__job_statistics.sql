-- Stoker schema, version 11: how many jobs ended, per minute, job name and queue, kept longer than
-- the jobs themselves.
--
-- Servers add to a minute's row in the transaction that records the outcomes it counts, one
-- statement for a whole group of outcomes. Rows older than a day are rolled up into the row of
-- their hour (minute 0), so that a row stands for a minute while it is recent and for an hour after.
-- Rows older than the statistics' retention are removed.
create table stoker_job_statistics (
    minute     timestamp with time zone not null,
    name       varchar(200)             not null,
    queue      varchar(100)             not null,
    succeeded  bigint                   not null default 0,
    failed     bigint                   not null default 0,
    retried    bigint                   not null default 0,
    constraint stoker_job_statistics_pk primary key (minute, name, queue)
);
