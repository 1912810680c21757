-- Integration events: every change another system must act on, stored in the transaction of that change.
-- tx_id orders the feed by commit: a reader only sees transactions older than every one still running, so a page
-- boundary never skips an event that commits later with a smaller position.
create table integration_event (
  position      bigint generated always as identity primary key,
  id            uuid        not null unique,
  type          text        not null,
  case_id       uuid        not null,
  case_sequence int         not null,
  occurred_at   timestamptz not null,
  tx_id         xid8        not null default pg_current_xact_id(),
  body          text        not null,
  unique (case_id, case_sequence)
);
create index integration_event_feed on integration_event (tx_id, position);
create index integration_event_occurred on integration_event (occurred_at);

-- the last sequence number per case; its row lock orders a case's events by commit
create table integration_case_sequence (
  case_id       uuid primary key,
  last_sequence int not null
);

create table webhook_endpoint (
  id                    uuid primary key,
  url                   text        not null,
  description           text,
  event_types           text[]      not null,
  enabled               boolean     not null default true,
  secret                text        not null,
  previous_secret       text,
  previous_secret_until timestamptz,
  disabled_reason       text,
  disabled_at           timestamptz,
  failing_since         timestamptz,
  created_at            timestamptz not null,
  created_by            text        not null,
  updated_at            timestamptz not null
);

-- one row per event and endpoint; a resend adds another row for the same event (same webhook-id)
create table webhook_delivery (
  id              uuid primary key,
  endpoint_id     uuid        not null references webhook_endpoint (id) on delete cascade,
  event_position  bigint      not null references integration_event (position) on delete cascade,
  case_id         uuid        not null,
  case_sequence   int         not null,
  status          text        not null check (status in ('PENDING', 'DELIVERED', 'GAVE_UP')),
  attempts        int         not null default 0,
  next_attempt_at timestamptz not null,
  leased_until    timestamptz,
  created_at      timestamptz not null,
  finished_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_case_head on webhook_delivery (endpoint_id, case_id, case_sequence, created_at)
  where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);
create index webhook_delivery_event on webhook_delivery (event_position);

create table webhook_attempt (
  id               bigint generated always as identity primary key,
  delivery_id      uuid        not null references webhook_delivery (id) on delete cascade,
  attempted_at     timestamptz not null,
  response_status  int,
  response_excerpt text,
  error            text,
  duration_ms      int         not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
