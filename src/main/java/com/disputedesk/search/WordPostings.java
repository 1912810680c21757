package com.disputedesk.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Free text through {@code case_word}, driven by the query's rarest word: its newest cases are read in date order
 * straight from the B-tree, each checked for the other words by one probe of the same index, so the first page reads
 * 50 rows of case_index however many cases match, and a count reads the index alone. Through the GIN index instead,
 * "store 42 " read the posting list of "store", which every case has, and the row of every match, to sort them.
 */
final class WordPostings {
  /**
   * A rarest word with more cases than this leaves the search to the GIN index: the date walk then checks rows by the
   * thousand only when the other words rarely go with it, which the words index's intersections answer better.
   */
  static final long MAX_DRIVER_CASES = 20_000;
  private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

  private final String driver;
  private final String conditions;
  private final boolean needsRow;
  private final String descending;
  final Map<String, Object> params = new LinkedHashMap<>();

  /** A begun word with more words than this beginning it is checked on the case's row, not by probes. */
  static final int MAX_COMPLETIONS = 16;

  private WordPostings(CaseSearchSql sql, int driverIndex, boolean newestFirst, List<String> completions) {
    FreeText free = sql.free;
    List<String> words = free.words();
    params.putAll(sql.params);
    params.put("driver", words.get(driverIndex));
    driver = "(select opened_at, case_id from case_word where word = :driver) d";
    List<String> cs = new ArrayList<>();
    for (int i = 0; i < free.wholeWords().size(); i++) {
      if (i != driverIndex) {
        cs.add("exists (select 1 from case_word o where o.word = :w" + i
            + " and o.opened_at = d.opened_at and o.case_id = d.case_id)");
        params.put("w" + i, words.get(i));
      }
    }
    boolean begunChecked = free.lastBegun() && completions == null;
    if (completions != null) {
      // "sma" is "smart" and "small": a probe for any of the words in the index that begin so
      cs.add("exists (select 1 from case_word o where o.word = any(cast(:completions as text[]))"
          + " and o.opened_at = d.opened_at and o.case_id = d.case_id)");
      params.put("completions", completions.toArray(String[]::new));
    } else if (begunChecked) {
      // a beginning of many words ("a1"): checked on the case's own words
      cs.add("c.search_words @@ to_tsquery('simple', :begun)");
      params.put("begun", free.begun() + ":*");
    }
    if (!"true".equals(sql.filters)) {
      cs.add(sql.filters);
    }
    conditions = cs.isEmpty() ? "true" : String.join(" and ", cs);
    needsRow = begunChecked || !"true".equals(sql.filters);
    descending = newestFirst ? " desc" : "";
  }

  /**
   * This plan when the sort is by date and the text's rarest whole word (by the planner's statistics of case_word,
   * no row read) has at most {@link #MAX_DRIVER_CASES} cases; otherwise null.
   */
  static WordPostings forQuery(JdbcClient jdbc, CaseSearchSql sql, CaseQuery.Sort sort) {
    if (sql.free == null || (sort != CaseQuery.Sort.NEWEST && sort != CaseQuery.Sort.OLDEST)) {
      return null;
    }
    // only a whole word's cases are in date order in the index: a begun word's are many words' cases, to be sorted,
    // which the GIN index's intersection does as well
    List<String> words = sql.free.wholeWords();
    int rarest = -1;
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      long cases = estimate(jdbc, words.get(i));
      if (cases < fewest) {
        fewest = cases;
        rarest = i;
      }
    }
    if (fewest > MAX_DRIVER_CASES) {
      return null;
    }
    return new WordPostings(sql, rarest, sort == CaseQuery.Sort.NEWEST,
        sql.free.lastBegun() ? completions(jdbc, sql.free.begun()) : null);
  }

  String page() {
    return "select c.* from " + driver + " join case_index c using (case_id) where " + conditions
        + " order by d.opened_at" + descending + ", d.case_id" + descending + " offset :offset limit :limit";
  }

  String count() {
    return "select count(*) from (select 1 from " + driver + (needsRow ? " join case_index c using (case_id)" : "")
        + " where " + conditions + " limit :cap) n";
  }

  /**
   * The indexed words that begin with {@code begun}, each found by one step down the B-tree (a skip scan), or null
   * when there are more than {@link #MAX_COMPLETIONS}.
   */
  static List<String> completions(JdbcClient jdbc, String begun) {
    List<String> words = jdbc.sql("""
            with recursive w(word) as (
              (select word from case_word where word like :begins order by word limit 1)
              union all
              select (select c.word from case_word c where c.word > w.word and c.word like :begins
                      order by c.word limit 1)
              from w where w.word is not null)
            select word from w where word is not null limit :enough""")
        .param("begins", begun + "%").param("enough", MAX_COMPLETIONS + 1).query(String.class).list();
    return words.size() > MAX_COMPLETIONS ? null : words;
  }

  private static long estimate(JdbcClient jdbc, String word) {
    String plan = jdbc.sql("explain select 1 from case_word where word = :w").param("w", word)
        .query(String.class).list().get(0);
    Matcher m = PLAN_ROWS.matcher(plan);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }
}
