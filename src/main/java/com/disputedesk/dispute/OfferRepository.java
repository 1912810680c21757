package com.disputedesk.dispute;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The negotiation history: every request, answer and proposal, in order. */
@Repository
class OfferRepository {
  private final JdbcClient jdbc;

  OfferRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(UUID disputeId, String party, String action, Outcome outcome, String message, Instant at) {
    jdbc.sql("insert into dispute_offer (id, dispute_id, party, action, outcome, amount, message, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), disputeId, party, action, outcome == null ? null : outcome.type().name(),
            outcome == null ? null : outcome.amount(), message, Timestamp.from(at))
        .update();
  }

  List<Offer> of(UUID disputeId) {
    return jdbc.sql("select party, action, outcome, amount, message, created_at from dispute_offer "
            + "where dispute_id = ? order by created_at, id")
        .param(disputeId)
        .query((rs, n) -> new Offer(rs.getString(1), rs.getString(2),
            rs.getString(3) == null ? null : new Outcome(OutcomeType.valueOf(rs.getString(3)), rs.getBigDecimal(4)),
            rs.getString(5), rs.getTimestamp(6).toInstant()))
        .list();
  }

  /** The seller's proposal the buyer can still accept: the last step of the negotiation, if it is a proposal. */
  Optional<Offer> openProposal(UUID disputeId) {
    List<Offer> offers = of(disputeId);
    return offers.isEmpty() ? Optional.empty()
        : Optional.of(offers.get(offers.size() - 1)).filter(o -> o.party().equals("SELLER") && o.action().equals("PROPOSE"));
  }
}
