package com.disputedesk.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The words at least one case in five has, from PostgreSQL's own statistics of the index's words ({@code pg_stats}
 * after ANALYZE, which autovacuum keeps current); read again every ten minutes, never per search.
 */
final class CommonWords {
  static final double SHARE = 0.2;
  private static final Duration FRESH = Duration.ofMinutes(10);
  private final JdbcClient jdbc;
  private final Clock clock;
  private volatile Set<String> words = Set.of();
  private volatile Instant readAt = Instant.MIN;

  CommonWords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Set<String> get() {
    Instant now = clock.instant();
    if (readAt.plus(FRESH).isBefore(now) || readAt.isAfter(now)) {
      words = read();
      readAt = now;
    }
    return words;
  }

  private Set<String> read() {
    return jdbc.sql("""
            select e.word from pg_stats s,
              unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) as e(word, freq)
            where s.tablename = 'case_index' and s.attname = 'search_words' and e.word is not null
              and e.freq >= :share""")
        .param("share", SHARE).query(String.class).list().stream().collect(java.util.stream.Collectors.toCollection(
            HashSet::new));
  }
}
