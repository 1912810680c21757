package com.disputedesk.mediation;

import com.disputedesk.dispute.DisputePseudonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The parties' answers to evidence requests go with the dispute's personal data; the mediator's request stays. */
@Component
class EvidenceRequestPseudonymisation {
  private final JdbcClient jdbc;

  EvidenceRequestPseudonymisation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DisputePseudonymised e) {
    jdbc.sql("update evidence_request set buyer_answer = null, seller_answer = null where dispute_id = ?")
        .param(e.disputeId()).update();
  }
}
