-- Case search, second shape (measured in SearchBenchmark, docs/performance.md):
-- exact keys move from a GIN array to a B-tree table, which plans in microseconds and needs no custom plans;
-- free text becomes words (full-text search, 'simple' configuration: no stemming, any language), matched as words
-- and the beginnings of words, instead of trigrams, whose candidates were many and re-checked one by one.
create table case_key (
  key      text not null,
  case_id  uuid not null references case_index (case_id) on delete cascade,
  primary key (key, case_id)
);
create index case_key_case on case_key (case_id);
insert into case_key (key, case_id) select distinct unnest(keys), case_id from case_index;
drop index case_index_keys;

alter table case_index add column search_words tsvector;
update case_index set search_words = to_tsvector('simple', regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g'));
alter table case_index alter column search_words set not null;
create index case_index_words on case_index using gin (search_words);
drop index case_index_text;
