-- Appeals against mediation decisions and the compensation coupons that follow an overturn (DOMAIN.md §2-3).

-- One appeal per dispute, ever; each review round (the first, and a second one a quality reviewer orders) is a row
create table appeal (
  id              uuid primary key,
  dispute_id      uuid not null unique references dispute (id),
  buyer_id        text not null,
  description     text not null,
  evidence_ids    uuid[] not null default '{}',
  status          text not null check (status in ('PENDING', 'IN_REVIEW', 'UPHELD', 'OVERTURNED', 'WITHDRAWN')),
  round           integer not null default 1,
  filed_at        timestamptz not null,
  review_started_at timestamptz not null,
  review_due_at   timestamptz,
  priority        integer not null default 0,
  commissioner_id text,
  outcome         text check (outcome in ('UPHELD', 'OVERTURNED')),
  compensation    numeric(19, 2) check (compensation is null or compensation >= 0),
  currency        char(3) not null,
  explanation     text,
  decided_at      timestamptz,
  coupons_due_at  timestamptz,
  withdrawn_at    timestamptz,
  version         integer not null default 0
);
create index appeal_by_buyer on appeal (buyer_id);

-- Every review round's result stays: a second review adds a row, never rewrites the first
create table appeal_review (
  appeal_id       uuid not null references appeal (id),
  round           integer not null,
  commissioner_id text not null,
  outcome         text not null check (outcome in ('UPHELD', 'OVERTURNED')),
  compensation    numeric(19, 2),
  explanation     text not null,
  decided_at      timestamptz not null,
  primary key (appeal_id, round)
);

-- The buyer's feedback on the dispute resolution service after an upheld appeal, one per round
create table appeal_feedback (
  id            uuid primary key,
  appeal_id     uuid not null references appeal (id),
  round         integer not null,
  rating        integer not null check (rating between 1 and 5),
  text          text not null,
  received_at   timestamptz not null,
  reviewed_by   text,
  action        text check (action in ('SECOND_REVIEW', 'ACKNOWLEDGED')),
  reviewed_at   timestamptz,
  unique (appeal_id, round)
);

-- The split the buyer chose before issuance; no row means one coupon for the whole compensation
create table coupon_split (
  appeal_id  uuid primary key references appeal (id),
  amounts    numeric(19, 2)[] not null,
  chosen_at  timestamptz not null
);

-- Coupons: unique unguessable codes; (appeal, seq) unique so a retried issuing job cannot issue twice
create table coupon (
  code              text primary key,
  appeal_id         uuid not null references appeal (id),
  seq               integer not null,
  dispute_id        uuid not null,
  buyer_id          text not null,
  amount            numeric(19, 2) not null check (amount > 0),
  currency          char(3) not null,
  issued_at         timestamptz not null,
  valid_until       timestamptz not null,
  status            text not null check (status in ('ACTIVE', 'REDEEMED', 'EXPIRED')),
  redeemed_at       timestamptz,
  redeemed_order_id text,
  expired_at        timestamptz,
  unique (appeal_id, seq),
  check ((status = 'REDEEMED') = (redeemed_at is not null)),
  check (redeemed_at is null or redeemed_at < valid_until)
);
create index coupon_by_buyer on coupon (buyer_id, issued_at);
create index coupon_active_until on coupon (valid_until) where status = 'ACTIVE';

-- Four-eyes in the queue: people who must not see an item (the case's mediators, an earlier commissioner)
alter table worklist_item add column excluded_users text[] not null default '{}';
