-- Emails are stored in the transaction that changed the case and sent afterwards in batches by the outbox relay.
-- A failed send is tried again from next_attempt_at on; attempts counts the tries.
alter table outgoing_email add column attempts int not null default 0;
alter table outgoing_email add column next_attempt_at timestamptz;
create index outgoing_email_unsent on outgoing_email (created_at) where status in ('STORED', 'FAILED');
