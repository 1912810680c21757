-- Internal notes on cases: for colleagues only, never in the parties' API, their emails or the case timeline
create table case_note (
  id          uuid primary key,
  case_id     uuid not null,
  -- the case's own screen, so a mention leads straight to it
  case_route  text not null,
  author      text not null,
  body        text not null,
  created_at  timestamptz not null
);
create index case_note_by_case on case_note (case_id, created_at);

-- a colleague named with @username in a note: told by email, shown in My work until they open the case
create table case_note_mention (
  note_id   uuid not null references case_note (id),
  username  text not null,
  read_at   timestamptz,
  primary key (note_id, username)
);
create index case_note_mention_unread on case_note_mention (username) where read_at is null;
