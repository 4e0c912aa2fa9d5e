-- Stoker schema, version 9: what observing jobs keeps with them.
--
-- The trace context of the enqueue that created a job (W3C traceparent and tracestate, as an
-- observer writes them), so that its runs, on whatever server, join or link to that trace.
alter table stoker_job add column trace_context varchar(1000);

-- What a running job said of itself: its progress and its last log lines, written in groups
-- while it runs and kept until the job is removed. One row per job, few jobs have one: the foreign
-- key costs only the jobs that report, and takes the row away with its job.
create table stoker_job_progress (
    job_id        uuid                     not null,
    attempt       integer                  not null,
    done          bigint,
    total         bigint,
    -- The last lines, newest last, separated by newlines; bounded by the runtime.
    log_lines     varchar(20000)           not null,
    dropped_lines integer                  not null,
    updated_at    timestamp with time zone not null,
    constraint stoker_job_progress_pk primary key (job_id),
    constraint stoker_job_progress_job_fk foreign key (job_id) references stoker_job (id) on delete cascade
);
