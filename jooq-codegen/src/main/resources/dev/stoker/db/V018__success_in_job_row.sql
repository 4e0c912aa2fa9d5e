-- Stoker schema, version 18: a job's success told by its own row.
--
-- A SUCCEEDED job never changes again (nothing leads out of SUCCEEDED) until retention removes it,
-- so its row can hold what the history row of its last attempt held: the attempt's start and its
-- end's reason here, its end's time in state_changed_at, its server in server_id, which a success
-- now keeps. A drained job then writes two row versions and no history row, where it wrote a history
-- row and two index entries more. The history is read back as before: the attempt's start, then its
-- success. Jobs that succeeded before keep started_at null, and their history row.
alter table stoker_job add column started_at timestamp with time zone;
alter table stoker_job add column success_reason varchar(2000);
