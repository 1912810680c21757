-- a revision still pending when the appeal window ends lapses with the case (RevisionLapse)
alter table decision_revision drop constraint decision_revision_status_check;
alter table decision_revision add constraint decision_revision_status_check
  check (status in ('PENDING', 'APPROVED', 'REJECTED', 'LAPSED'));
