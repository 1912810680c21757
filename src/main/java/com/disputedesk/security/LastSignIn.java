package com.disputedesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records when a person last signed in to the workspace (form or single sign-on), for the Users screen. */
@Component
class LastSignIn {
  private final JdbcClient jdbc;
  private final Clock clock;

  LastSignIn(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    jdbc.sql("update users set last_sign_in_at = ? where username = ?")
        .params(Timestamp.from(clock.instant()), event.getAuthentication().getName()).update();
  }
}
