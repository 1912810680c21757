-- A running SLA timer whose deadline restarted (a revised decision restarts the appeal window): re-timing measures a
-- new duration from this start instead of the timer job's creation time.
create table sla_deadline_restart (
  job_id     varchar(64) primary key,
  started_at timestamptz not null
);
