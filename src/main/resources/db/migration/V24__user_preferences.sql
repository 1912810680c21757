-- what a person chose in the workspace and keeps across sign-ins: language, a queue's visible columns
create table user_preference (
  username   text not null,
  name       text not null,
  value      text not null,
  changed_at timestamptz not null,
  primary key (username, name)
);
