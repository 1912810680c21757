-- Queue filters a user saved under a name, per queue.
create table saved_filter (
  id         bigserial primary key,
  username   text not null,
  queue      text not null,
  name       text not null,
  filter     jsonb not null,
  created_at timestamptz not null,
  constraint saved_filter_unique unique (username, queue, name)
);
