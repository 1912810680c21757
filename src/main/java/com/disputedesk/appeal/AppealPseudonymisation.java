package com.disputedesk.appeal;

import com.disputedesk.dispute.DisputePseudonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The buyer's appeal and feedback texts go with the dispute's personal data; the commission's reasons stay. */
@Component
class AppealPseudonymisation {
  private final JdbcClient jdbc;

  AppealPseudonymisation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DisputePseudonymised e) {
    jdbc.sql("update appeal set buyer_id = ?, description = ? where dispute_id = ?")
        .params(e.buyerPseudonym(), REMOVED, e.disputeId()).update();
    jdbc.sql("update appeal_feedback set text = ? where appeal_id in (select id from appeal where dispute_id = ?)")
        .params(REMOVED, e.disputeId()).update();
  }

  private static final String REMOVED = com.disputedesk.common.PersonalDataPolicy.REMOVED;
}
