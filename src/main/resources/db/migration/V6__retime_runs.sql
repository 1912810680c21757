-- Bulk re-timing runs in the background in batches; a run interrupted by a restart resumes (re-timing is
-- idempotent: a timer already at its new due date does not move again).
create table retime_run (
  id           uuid primary key,
  policy_key   text not null references sla_policy (policy_key),
  requested_by text not null,
  started_at   timestamptz not null,
  finished_at  timestamptz,
  total        integer not null,
  done         integer not null default 0,
  status       text not null check (status in ('RUNNING', 'FINISHED'))
);
