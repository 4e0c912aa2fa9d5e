-- Stoker schema, version 16: the trace context in a table of its own.
--
-- An observed job kept its enqueue's trace context (55 characters of traceparent, more with a
-- tracestate) in its own row, and PostgreSQL writes the whole row again at every update: a drained
-- job wrote it three times (stored, claimed, succeeded), though only the claim reads it. Kept here,
-- it is written once, with the job, and the job's row is as narrow as an unobserved job's. Only a
-- job that has a context has a row. No foreign key: like the history's (version 6), it would look up
-- and lock the job's row at each insert; the row is written only by Stoker, in the statement or
-- transaction that stores its job, and retention removes it with the job.
create table stoker_job_trace (
    job_id        uuid          not null,
    trace_context varchar(1000) not null,
    constraint stoker_job_trace_pk primary key (job_id)
);
insert into stoker_job_trace (job_id, trace_context)
    select id, trace_context from stoker_job where trace_context is not null;
alter table stoker_job drop column trace_context;
