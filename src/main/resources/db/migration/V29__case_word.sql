-- Free text's words, each with its case's opening time (SearchBenchmark, docs/performance.md): the newest cases
-- having a word are a range of this B-tree, read in order without a sort and without a row of case_index, and whether
-- a case also has another word is one probe of the same index. The GIN index on search_words stays for searches
-- whose rarest word is common, and for sorts other than by date.
-- "C" collation: words of letters and digits compare byte by byte, with no language's rules to apply.
create table case_word (
  word       text collate "C" not null,
  opened_at  timestamptz not null,
  case_id    uuid not null,
  primary key (word, opened_at, case_id)
);
insert into case_word (word, opened_at, case_id)
select w, opened_at, case_id from case_index, unnest(tsvector_to_array(search_words)) w
order by 1, 2, 3;
