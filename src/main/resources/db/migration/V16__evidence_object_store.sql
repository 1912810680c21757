-- Evidence bytes may live in an S3-compatible object store; this table stays the registry of every stored file
-- (one row per SHA-256) and says where its bytes are. Rows in 'postgres' keep their bytes here until migrated.
alter table evidence_content
  add column store text not null default 'postgres' check (store in ('postgres', 's3')),
  alter column content drop not null,
  add constraint evidence_content_bytes check ((store = 'postgres') = (content is not null));
