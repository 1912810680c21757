package com.disputedesk.appeal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {
  private final JdbcClient jdbc;

  FeedbackRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when this round already has feedback (one per round). */
  boolean add(Feedback f) {
    return jdbc.sql("""
            insert into appeal_feedback (id, appeal_id, round, rating, text, received_at) values (?, ?, ?, ?, ?, ?)
            on conflict (appeal_id, round) do nothing""")
        .params(f.id(), f.appealId(), f.round(), f.rating(), f.text(), Timestamp.from(f.receivedAt()))
        .update() == 1;
  }

  void reviewed(UUID appealId, int round, String reviewer, String action, Instant at) {
    jdbc.sql("update appeal_feedback set reviewed_by = ?, action = ?, reviewed_at = ? where appeal_id = ? and round = ?")
        .params(reviewer, action, Timestamp.from(at), appealId, round).update();
  }

  List<Feedback> of(UUID appealId) {
    return jdbc.sql("select * from appeal_feedback where appeal_id = ? order by round").param(appealId)
        .query((rs, n) -> new Feedback(rs.getObject("id", UUID.class), rs.getObject("appeal_id", UUID.class),
            rs.getInt("round"), rs.getInt("rating"), rs.getString("text"), AppealRepository.inst(rs, "received_at"),
            rs.getString("reviewed_by"), rs.getString("action"), AppealRepository.inst(rs, "reviewed_at")))
        .list();
  }

  Optional<Feedback> unreviewed(UUID appealId) {
    return of(appealId).stream().filter(f -> f.action() == null).findFirst();
  }
}
