-- The raw JDBC ceiling's minimal queue: no history, no states beyond "claimed".
create table bench_job (
  id         bigint generated always as identity primary key,
  ticket     bigint not null,
  claimed_at timestamp with time zone
);
create index bench_job_ready on bench_job (id) where claimed_at is null;

-- Every insert wakes the listeners when its transaction commits (one notification per statement).
create function bench_job_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('bench_job', '');
  return null;
end
$$;
create trigger bench_job_notify after insert on bench_job
  for each statement execute function bench_job_notify();
