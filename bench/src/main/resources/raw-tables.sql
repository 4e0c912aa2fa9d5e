-- The raw JDBC ceiling's minimal queue: no history, no states beyond "claimed".
create table bench_job (
  id         bigint generated always as identity primary key,
  ticket     bigint not null,
  claimed_at timestamp with time zone
);
create index bench_job_ready on bench_job (id) where claimed_at is null;
