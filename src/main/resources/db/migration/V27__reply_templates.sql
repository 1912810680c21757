-- Reply templates: the explanations and evidence requests leads keep ready, per purpose, outcome and reason code.
-- outcome / reason null = any; a mediator picks one in a form and edits it before sending.
create table reply_template (
  id          uuid primary key,
  purpose     text not null,
  outcome     text,
  reason      text,
  name        text not null,
  body        text not null,
  updated_by  text not null,
  updated_at  timestamptz not null,
  constraint reply_template_name unique (purpose, name)
);
create index reply_template_pick on reply_template (purpose, outcome, reason);
