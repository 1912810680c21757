-- DisputeDesk's own tables. Camunda owns its ACT_* tables; business state lives here (business key = case id).

-- Back-office users (Spring Security's JDBC schema) --------------------------------------------------------------
create table users (
  username     varchar(50)  primary key,
  password     varchar(500) not null,
  enabled      boolean      not null,
  display_name text,
  email        text
);
create table authorities (
  username  varchar(50) not null references users (username),
  authority varchar(50) not null,
  constraint authorities_unique unique (username, authority)
);

-- SLA policies and the business calendar -----------------------------------------------------------------------
create table sla_policy (
  policy_key  text primary key,
  duration    text not null,
  calendar    text not null check (calendar in ('CALENDAR_DAYS', 'WORKING_DAYS', 'CLOCK')),
  description text not null,
  updated_at  timestamptz,
  updated_by  text
);
insert into sla_policy (policy_key, duration, calendar, description) values
  ('dispute-open-window',  'P15D', 'CALENDAR_DAYS', 'How long after confirming receipt a buyer may open a dispute'),
  ('negotiation',          'P15D', 'CALENDAR_DAYS', 'Buyer and seller negotiate before automatic escalation'),
  ('escalation-earliest',  'P3D',  'CALENDAR_DAYS', 'Earliest buyer escalation without a seller rejection'),
  ('evidence-response',    'P3D',  'CALENDAR_DAYS', 'Parties answer a mediator''s evidence request'),
  ('mediation-resolution', 'P5D',  'WORKING_DAYS',  'Mediators decide an escalated dispute'),
  ('claim-lease',          'PT4H', 'CLOCK',         'An idle claimed task returns to the queue'),
  ('appeal-window',        'P7D',  'CALENDAR_DAYS', 'The buyer may appeal a mediation decision'),
  ('appeal-review',        'P15D', 'WORKING_DAYS',  'The appeal commission reviews an appeal'),
  ('coupon-issue-delay',   'P5D',  'WORKING_DAYS',  'Compensation coupons are credited after an overturn'),
  ('coupon-validity',      'P60D', 'CALENDAR_DAYS', 'A compensation coupon stays valid'),
  ('complaint-response',   'P5D',  'CALENDAR_DAYS', 'The accused party answers a complaint'),
  ('account-review',       'P10D', 'WORKING_DAYS',  'Reviewers decide an account review');

create table sla_policy_change (
  id           bigserial primary key,
  policy_key   text not null references sla_policy (policy_key),
  old_duration text not null,
  old_calendar text not null,
  new_duration text not null,
  new_calendar text not null,
  changed_by   text not null,
  changed_at   timestamptz not null,
  timers_moved integer not null default 0
);

create table business_calendar (
  id         integer primary key check (id = 1),
  country    text not null,
  zone       text not null,
  updated_at timestamptz,
  updated_by text
);
insert into business_calendar (id, country, zone) values (1, 'RU', 'Europe/Moscow');

create table calendar_closure (
  day         date primary key,
  description text not null,
  created_by  text not null,
  created_at  timestamptz not null
);

-- Case timeline: append-only --------------------------------------------------------------------------------------
create table case_event (
  id          bigserial primary key,
  case_id     uuid not null,
  type        text not null,
  actor       text not null,
  actor_role  text not null,
  occurred_at timestamptz not null,
  summary     text not null,
  details     jsonb
);
create index case_event_by_case on case_event (case_id, id);

-- Disputes -----------------------------------------------------------------------------------------------------
create table dispute (
  id                   uuid primary key,
  order_id             text not null,
  buyer_id             text not null,
  seller_id            text not null,
  buyer_email          text,
  seller_email         text,
  store_name           text not null,
  item_title           text not null,
  currency             char(3) not null,
  total_paid           numeric(19, 2) not null,
  coupon_paid          numeric(19, 2) not null,
  tracking_number      text,
  paid_at              timestamptz,
  receipt_confirmed_at timestamptz,
  protection_ends_at   timestamptz not null,
  reason               text not null,
  goods_received       boolean not null,
  requested_type       text not null,
  requested_amount     numeric(19, 2),
  description          text not null,
  status               text not null,
  waiting_for          text not null,
  seller_rejected      boolean not null default false,
  opened_at            timestamptz not null,
  negotiation_due_at   timestamptz not null,
  escalated_at         timestamptz,
  escalated_by         text,
  mediation_due_at     timestamptz,
  evidence_due_at      timestamptz,
  evidence_overdue     boolean not null default false,
  mediator_id          text,
  priority             integer not null default 0,
  decision_outcome     text,
  decision_amount      numeric(19, 2),
  decision_reason      text,
  decision_explanation text,
  decided_at           timestamptz,
  appeal_due_at        timestamptz,
  resolved_at          timestamptz,
  cancelled_at         timestamptz,
  closed_at            timestamptz,
  version              integer not null default 0,
  -- at most one dispute per order, ever: a cancelled or closed dispute keeps its row
  constraint dispute_one_per_order unique (order_id)
);
create index dispute_by_buyer on dispute (buyer_id, opened_at desc);
create index dispute_by_seller on dispute (seller_id, opened_at desc);

create table dispute_offer (
  id          uuid primary key,
  dispute_id  uuid not null references dispute (id),
  party       text not null check (party in ('BUYER', 'SELLER')),
  action      text not null,
  outcome     text,
  amount      numeric(19, 2),
  message     text,
  created_at  timestamptz not null
);
create index dispute_offer_by_dispute on dispute_offer (dispute_id, created_at);

-- Evidence: content-addressed by SHA-256 -----------------------------------------------------------------------
create table evidence_content (
  sha256  char(64) primary key,
  size    bigint not null,
  content bytea not null
);
create table evidence (
  id           uuid primary key,
  case_id      uuid not null,
  party        text not null,
  uploaded_by  text not null,
  kind         text not null,
  note         text,
  filename     text,
  content_type text not null,
  sha256       char(64) not null references evidence_content (sha256),
  size         bigint not null,
  uploaded_at  timestamptz not null
);
create index evidence_by_case on evidence (case_id, uploaded_at);

-- Mediation --------------------------------------------------------------------------------------------------------
create table evidence_request (
  id                 uuid primary key,
  dispute_id         uuid not null references dispute (id),
  mediator_id        text not null,
  message            text not null,
  from_buyer         boolean not null,
  from_seller        boolean not null,
  due_at             timestamptz not null,
  created_at         timestamptz not null,
  buyer_answered_at  timestamptz,
  buyer_answer       text,
  seller_answered_at timestamptz,
  seller_answer      text,
  status             text not null check (status in ('OPEN', 'ANSWERED', 'OVERDUE'))
);
create index evidence_request_by_dispute on evidence_request (dispute_id, created_at);

create table mediation_decision (
  id           uuid primary key,
  dispute_id   uuid not null references dispute (id),
  revision     integer not null,
  mediator_id  text not null,
  outcome      text not null,
  amount       numeric(19, 2) not null,
  currency     char(3) not null,
  reason_code  text not null,
  explanation  text not null,
  decided_at   timestamptz not null,
  constraint mediation_decision_revision unique (dispute_id, revision)
);

-- Outgoing effects ------------------------------------------------------------------------------------------------
create table refund_instruction (
  id          uuid primary key,
  source_ref  text not null unique, -- one instruction per decision or agreement, whatever is redelivered
  dispute_id  uuid not null,
  order_id    text not null,
  buyer_id    text not null,
  amount      numeric(19, 2) not null,
  currency    char(3) not null,
  with_return boolean not null,
  created_at  timestamptz not null
);

create table outgoing_email (
  id          uuid primary key,
  dedup_key   text not null unique,
  case_id     uuid,
  recipient   text not null,
  subject     text not null,
  body        text not null,
  created_at  timestamptz not null,
  sent_at     timestamptz,
  status      text not null check (status in ('STORED', 'SENT', 'FAILED')),
  error       text
);
create index outgoing_email_by_created on outgoing_email (created_at desc);

-- Worklist: the queues' read model of open human tasks -----------------------------------------------------------
create table worklist_item (
  task_id             text primary key,
  case_id             uuid not null,
  case_type           text not null,
  task_key            text not null,
  process_instance_id text not null,
  candidate_group     text,
  assignee            text,
  claimed_at          timestamptz,
  lease_expires_at    timestamptz,
  title               text not null,
  stage               text not null,
  reason              text,
  amount              numeric(19, 2),
  currency            char(3),
  order_id            text,
  buyer_id            text,
  seller_id           text,
  sla_policy          text,
  sla_started_at      timestamptz,
  sla_due_at          timestamptz,
  evidence_overdue    boolean not null default false,
  priority            integer not null default 0,
  created_at          timestamptz not null,
  search_text         text not null default ''
);
create index worklist_by_group_due on worklist_item (candidate_group, sla_due_at, task_id);
create index worklist_by_assignee_due on worklist_item (assignee, sla_due_at, task_id);
create index worklist_by_case on worklist_item (case_id);
create index worklist_lease on worklist_item (lease_expires_at) where lease_expires_at is not null;

-- Idempotency-Key replay ----------------------------------------------------------------------------------------
create table idempotency_record (
  scope        text not null,
  idem_key     text not null,
  fingerprint  text not null,
  status       integer,
  content_type text,
  body         bytea,
  created_at   timestamptz not null,
  primary key (scope, idem_key)
);
