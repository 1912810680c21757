-- What the files say about themselves: when a photo was taken (EXIF), when a document was created and last
-- modified (OOXML core properties, PDF info). Mediators compare them with the case timeline.
alter table evidence add column captured_at timestamptz;
alter table evidence add column document_created_at timestamptz;
alter table evidence add column document_modified_at timestamptz;
