-- Complaints against sellers and listings, and account reviews (DOMAIN.md §4).

-- Complaints about the same listing are grouped into one case, decided once; the case is what the process drives
create table complaint_case (
  id                     uuid primary key,
  listing_key            text not null,
  product_url            text not null,
  accused_id             text not null,
  status                 text not null check (status in ('WAITING_FOR_RESPONSE', 'PROCESSING', 'RESOLVED')),
  opened_at              timestamptz not null,
  response_due_at        timestamptz,
  no_response            boolean not null default false,
  round                  integer not null default 1,
  notice_sent_at         timestamptz,
  outcome                text check (outcome in ('UPHELD', 'DISMISSED')),
  sanction               text check (sanction in ('WARNING', 'LISTING_REMOVAL', 'ACCOUNT_SUSPENSION',
                           'MEMBERSHIP_CANCELLATION')),
  decision_reason        text,
  decided_by             text,
  decided_at             timestamptz,
  version                integer not null default 0
);
-- at most one open case per listing: a new report about it joins that case
create unique index complaint_case_open_listing on complaint_case (listing_key) where status <> 'RESOLVED';
create index complaint_case_by_accused on complaint_case (accused_id, opened_at desc);

create table complaint (
  id           uuid primary key,
  case_id      uuid not null references complaint_case (id),
  reporter_id  text not null,
  type         text not null,
  sub_reason   text,
  product_url  text not null,
  accused_id   text not null,
  description  text,
  evidence_id  uuid,
  filed_at     timestamptz not null
);
create index complaint_by_case on complaint (case_id, filed_at);
create index complaint_by_reporter on complaint (reporter_id, filed_at desc);

-- The accused's answers: one per response period (the first, and the second after a cancellation notice)
create table complaint_response (
  case_id      uuid not null references complaint_case (id),
  round        integer not null,
  responder_id text not null,
  message      text not null,
  evidence_ids uuid[] not null default '{}',
  answered_at  timestamptz not null,
  primary key (case_id, round)
);

-- A party's standing on the marketplace; a fraud flag never changes it by itself
create table account_standing (
  party_id     text primary key,
  status       text not null check (status in ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
  changed_at   timestamptz not null,
  reason       text not null,
  source_id    uuid,
  version      integer not null default 0
);

create table account_review (
  id                 uuid primary key,
  party_id           text not null,
  trigger            text not null check (trigger in ('FRAUD_FLAG', 'SUSPENSION')),
  source_kind        text not null check (source_kind in ('DISPUTE', 'COMPLAINT')),
  source_id          uuid not null,
  opened_by          text not null,
  opened_reason      text not null,
  status             text not null check (status in ('UNDER_REVIEW', 'CLEARED', 'AWAITING_APPEAL', 'APPEAL_PENDING',
                       'REINSTATED', 'SUSPENSION_UPHELD')),
  opened_at          timestamptz not null,
  review_started_at  timestamptz,
  review_due_at      timestamptz,
  priority           integer not null default 0,
  appeal_message     text,
  appeal_evidence    uuid[] not null default '{}',
  appeal_filed_at    timestamptz,
  decided_by         text,
  decided_at         timestamptz,
  decision_reasons   text,
  version            integer not null default 0
);
create index account_review_by_party on account_review (party_id, opened_at desc);
-- one review per party at a time keeps "suspended → appeal → decision" unambiguous
create unique index account_review_one_open on account_review (party_id)
  where status in ('UNDER_REVIEW', 'AWAITING_APPEAL', 'APPEAL_PENDING');
