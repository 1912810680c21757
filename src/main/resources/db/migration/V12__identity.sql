-- Real people and machines: local accounts with their sign-in facts, API clients with rotating secrets, and the
-- append-only audit of every access change.
alter table users
  add column source               text        not null default 'LOCAL' check (source in ('LOCAL', 'SSO')),
  add column must_change_password boolean     not null default false,
  add column created_at           timestamptz not null default now(),
  add column last_sign_in_at      timestamptz;

create table api_client (
  client_id  text        primary key,
  name       text        not null,
  role       text        not null,
  created_at timestamptz not null,
  created_by text        not null
);

-- A secret is a 256-bit random token, so a fast SHA-256 of it is as good as bcrypt and checked in microseconds.
create table api_client_secret (
  secret_id   uuid        primary key,
  client_id   text        not null references api_client (client_id),
  secret_hash bytea       not null unique,
  hint        text        not null,
  created_at  timestamptz not null,
  created_by  text        not null,
  revoked_at  timestamptz,
  revoked_by  text
);
create index api_client_secret_by_client on api_client_secret (client_id);

create table access_audit (
  id         bigserial   primary key,
  at         timestamptz not null,
  actor      text        not null,
  action     text        not null,
  subject    text        not null,
  from_value text,
  to_value   text
);
create index access_audit_by_subject on access_audit (subject, id);

-- nobody may rewrite or delete the audit
create function access_audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'access_audit is append-only';
end $$;
create trigger access_audit_append_only before update or delete on access_audit
  for each statement execute function access_audit_append_only();
