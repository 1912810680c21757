-- Resolved complaint cases and finished account reviews follow the same personal-data retention as disputes.
alter table complaint_case add column pseudonymised_at timestamptz;
alter table account_review add column pseudonymised_at timestamptz;
