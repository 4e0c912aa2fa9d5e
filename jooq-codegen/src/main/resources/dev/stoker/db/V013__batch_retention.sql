-- Stoker schema, version 13: batches go once they ended and retention removed all their jobs.
--
-- Retention looks for the batches that ended before it through this index, a few every sweep,
-- however many batches were ever created.
create index stoker_batch_ended on stoker_batch (state, completed_at);
