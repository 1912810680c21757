-- the per-recipient hourly email cap counts a recipient's recent emails
create index outgoing_email_by_recipient on outgoing_email (recipient, created_at);
