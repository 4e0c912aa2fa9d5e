-- Every job writes three history rows or more, and a foreign key would make each of them look up
-- and lock its job's row: the history is written only by Stoker, next to the job's own change, and
-- retention removes it with the job. One index serves it, the primary key (job, entry).
alter table stoker_job_history drop constraint stoker_job_history_job_fk;
alter table stoker_job_history drop constraint stoker_job_history_pk;
drop index stoker_job_history_job;
alter table stoker_job_history add constraint stoker_job_history_pk primary key (job_id, id);
