-- [jooq ignore start]
-- Deleted jobs are 1 % of a large table or less, and stay until retention removes them: without an
-- index of their own, counting them (the dashboard's "count matches", cut at 10,000) reads the
-- table until it has found 10,000, about a million rows at ten million jobs. Like the failed jobs'
-- index of version 8, it gains an entry only when a job is deleted. H2 keeps stoker_job_state
-- (state, state_changed_at).
create index stoker_job_deleted on stoker_job (id) where state = 'DELETED';
-- [jooq ignore stop]
