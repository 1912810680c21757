-- An administrator's move of running cases from one version of a model to another (Camunda's migration batch).
create table process_migration (
  id                 uuid primary key,
  batch_id           varchar(64) not null,
  process_key        text not null,
  from_definition_id varchar(64) not null,
  from_version       integer not null,
  to_definition_id   varchar(64) not null,
  to_version         integer not null,
  requested_by       text not null,
  started_at         timestamptz not null,
  total              integer not null,
  -- target timer activity -> the policy that times it there, where the source timer had another: re-timed on move
  timer_policies     jsonb not null default '{}'
);
create index process_migration_target on process_migration (to_definition_id, started_at desc);

-- One case moved to another model version, written by the engine's migration in its own transaction; our tables
-- (timeline, queue rows, deadlines) follow from it, so the move and its consequences are never lost apart.
create table model_move (
  id                  bigserial primary key,
  process_instance_id varchar(64) not null,
  business_key        text,
  to_definition_id    varchar(64) not null,
  moved_at            timestamptz not null,
  followed_at         timestamptz
);
create index model_move_pending on model_move (id) where followed_at is null;
create index model_move_target on model_move (to_definition_id);

-- When a move re-creates a timer the new model times by another policy, its deadline keeps its original start:
-- recorded before the move, used when the moved case is followed (the dry run measures from the same start).
create table migration_timer_start (
  migration_id        uuid not null references process_migration (id),
  process_instance_id varchar(64) not null,
  activity_id         varchar(64) not null,
  started_at          timestamptz not null,
  primary key (migration_id, process_instance_id, activity_id)
);
