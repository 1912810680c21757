package com.disputedesk.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code case_word} in step with a case's {@code search_words}: only the words it lost go and only those it
 * gained come, so a change of status, which changes no word, writes no row here.
 */
final class PostedWords {
  /** A case's opening time, as stored, and its indexed words. */
  record Words(Instant openedAt, List<String> words) {}

  static Words read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Words(rs.getTimestamp(1).toInstant(), List.of((String[]) rs.getArray(2).getArray()));
  }

  private PostedWords() {}

  /** The case's words as indexed, under its row's lock so two changes of one case take turns; empty if new. */
  static java.util.Optional<Words> lockedBefore(JdbcClient jdbc, UUID caseId) {
    return jdbc.sql("select opened_at, tsvector_to_array(search_words) from case_index where case_id = :id for update")
        .param("id", caseId).query(PostedWords::read).optional();
  }

  static void replace(JdbcClient jdbc, UUID caseId, java.util.Optional<Words> before, Words after) {
    Instant openedAt = after.openedAt();
    List<String> words = after.words();
    boolean moved = before.isPresent() && !before.get().openedAt().equals(openedAt);
    List<String> gone = new ArrayList<>(before.map(Words::words).orElse(List.of()));
    List<String> added = new ArrayList<>(words);
    if (!moved) {
      gone.removeAll(words);
      added.removeAll(before.map(Words::words).orElse(List.of()));
    }
    if (!gone.isEmpty()) {
      jdbc.sql("delete from case_word where word = any(cast(:words as text[])) and opened_at = :opened "
              + "and case_id = :id")
          .param("words", gone.toArray(String[]::new)).param("opened", Timestamp.from(before.get().openedAt()))
          .param("id", caseId).update();
    }
    if (!added.isEmpty()) {
      jdbc.sql("insert into case_word (word, opened_at, case_id) select unnest(cast(:words as text[])), :opened, :id "
              + "on conflict do nothing")
          .param("words", added.toArray(String[]::new)).param("opened", Timestamp.from(openedAt))
          .param("id", caseId).update();
    }
  }
}
