-- Stoker schema, version 17: one history row per attempt.
--
-- An attempt's start said nothing its job's row does not (state_changed_at, server_id, attempt),
-- and writing it as a row of its own cost each run a history row and an index entry more. The claim
-- writes none now: while the job runs its start is read from its row, and the row that ends the
-- attempt (its outcome, a hand-back, a rescue, a person's change) keeps it in these columns, from
-- which the history is read back as two entries, start then end. Rows written before keep them
-- null, with their attempt's start stored as a row of its own, which the readers prefer.
alter table stoker_job_history add column started_at timestamp with time zone;
alter table stoker_job_history add column started_by varchar(200);
