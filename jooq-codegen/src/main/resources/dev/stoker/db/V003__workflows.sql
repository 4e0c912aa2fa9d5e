-- Continuations and batches. A parent job knows it has continuations, so that finishing a job
-- without any costs nothing more; a dependency says whether its parent is a job or a batch; a
-- batch counts its jobs by how they ended, and is done when the counts add up to its total.
alter table stoker_job add column has_children boolean not null default false;
alter table stoker_job_dependency add column parent_is_batch boolean not null default false;
alter table stoker_batch add column deleted integer not null default 0;
alter table stoker_batch drop column pending;
