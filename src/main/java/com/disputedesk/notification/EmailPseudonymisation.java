package com.disputedesk.notification;

import com.disputedesk.dispute.DisputePseudonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Emails about a pseudonymised dispute (addresses and bodies are personal data) are deleted. */
@Component
class EmailPseudonymisation {
  private final JdbcClient jdbc;

  EmailPseudonymisation(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(DisputePseudonymised e) {
    jdbc.sql("delete from outgoing_email where case_id = ? and status <> 'STORED'").param(e.disputeId()).update();
  }
}
