-- Stoker schema, version 4: the jobs each running server can run.
--
-- A server claims only the jobs it has a handler for, so that during a rolling deploy old servers
-- leave new kinds of job to the new ones; this table lets the monitoring API name the waiting jobs
-- that no running server can handle. A server's rows go with it: when it stops, or when another
-- server finds its heartbeat too old and removes it.
create table stoker_server_job (
    server_id  varchar(200) not null,
    job_name   varchar(200) not null,
    constraint stoker_server_job_pk primary key (server_id, job_name),
    constraint stoker_server_job_server_fk foreign key (server_id) references stoker_server (id) on delete cascade
);
