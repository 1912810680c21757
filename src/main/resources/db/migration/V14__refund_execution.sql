-- The payments system reports what became of each refund instruction: executed (with its payment reference) or
-- failed (with a reason the mediator reads).
alter table refund_instruction
  add column status            text not null default 'PENDING' check (status in ('PENDING', 'EXECUTED', 'FAILED')),
  add column payment_reference text,
  add column failure_reason    text,
  add column reported_at       timestamptz,
  add column reported_by       text;
create index refund_instruction_pending on refund_instruction (created_at) where status = 'PENDING';
