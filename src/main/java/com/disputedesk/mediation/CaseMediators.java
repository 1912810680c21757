package com.disputedesk.mediation;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everyone who took part in a dispute's mediation: each decision's mediator, and whoever proposed or approved a
 * revision. The appeal commission's four-eyes rule keeps all of them away from the appeal.
 */
@Component
public class CaseMediators {
  private final JdbcClient jdbc;

  CaseMediators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Set<String> of(UUID disputeId) {
    return new TreeSet<>(jdbc.sql("""
            select mediator_id from mediation_decision where dispute_id = :id
            union select proposed_by from decision_revision where dispute_id = :id
            union select reviewed_by from decision_revision where dispute_id = :id and reviewed_by is not null
            union select mediator_id from dispute where id = :id and mediator_id is not null""")
        .param("id", disputeId).query(String.class).list());
  }
}
