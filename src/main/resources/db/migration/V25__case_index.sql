-- One row per case of every kind, in any state: what back-office search finds and a party's record counts.
-- Kept in step with the cases by the search module in each change's own transaction (CaseIndexProjection).
create extension if not exists pg_trgm;

create table case_index (
  case_id          uuid primary key,
  kind             text not null check (kind in ('DISPUTE', 'APPEAL', 'COMPLAINT', 'ACCOUNT_REVIEW')),
  -- the id the case's screens and queues know it by (an appeal is worked under its dispute's id)
  link_id          uuid not null,
  status           text not null,
  open             boolean not null,
  reason           text,
  outcome          text,
  order_id         text,
  buyer_id         text,
  seller_id        text,
  -- every party of the case (reporters of a complaint, the party under review), for a party's record
  parties          text[] not null default '{}',
  store_name       text,
  title            text not null,
  tracking_number  text,
  amount           numeric(19, 2),
  currency         char(3),
  opened_at        timestamptz not null,
  decided_at       timestamptz,
  decided_by       text,
  sla_due_at       timestamptz,
  -- exact keys, lower case: ids, order id, party ids, tracking number
  keys             text[] not null,
  -- free text, lower case: the keys and store name, item title, listing address
  search_text      text not null,
  indexed_at       timestamptz not null
);
create index case_index_keys on case_index using gin (keys);
create index case_index_text on case_index using gin (search_text gin_trgm_ops);
create index case_index_parties on case_index using gin (parties);
create index case_index_recent on case_index (opened_at desc, case_id);
create index case_index_breached on case_index (sla_due_at) where open;
