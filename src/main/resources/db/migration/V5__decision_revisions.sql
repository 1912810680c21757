-- A mediation decision is final unless a second mediator approves a revision (four eyes). Both versions stay
-- in mediation_decision; this table holds the proposals and who reviewed them.
create table decision_revision (
  id           uuid primary key,
  dispute_id   uuid not null references dispute (id),
  proposed_by  text not null,
  outcome      text not null,
  amount       numeric(19, 2) not null,
  reason_code  text not null,
  explanation  text not null,
  proposed_at  timestamptz not null,
  status       text not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  reviewed_by  text,
  reviewed_at  timestamptz
);
create unique index decision_revision_one_pending on decision_revision (dispute_id) where status = 'PENDING';
