-- Finished disputes keep their timeline and decision reasons after the personal-data retention period; the parties'
-- contact details and free texts are removed and their ids replaced by pseudonyms (stable per party).
alter table dispute add column pseudonymised_at timestamptz;
create index dispute_to_pseudonymise on dispute (opened_at)
  where pseudonymised_at is null
    and status in ('CLOSED', 'CANCELLED', 'APPEAL_UPHELD', 'APPEAL_OVERTURNED', 'APPEAL_WITHDRAWN');
