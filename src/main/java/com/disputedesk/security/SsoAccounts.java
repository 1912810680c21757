package com.disputedesk.security;

import com.disputedesk.security.AccessAudit.Action;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a row for every person who signed in through the identity provider, so queues, assignments, emails and
 * Camunda know them. The provider owns their roles (replaced at each sign-in, audited when they change); an
 * administrator can still disable them here. A local account's name is never taken over by a provider's user.
 */
@Service
class SsoAccounts {
  static final String NO_ROLE = "no_role";
  static final String DISABLED = "account_disabled";
  static final String LOCAL_ACCOUNT = "local_account";

  private final AccountRows rows;
  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final AccessAudit audit;
  private final CamundaIdentitySync camunda;

  SsoAccounts(AccountRows rows, JdbcClient jdbc, PasswordEncoder encoder, AccessAudit audit,
      CamundaIdentitySync camunda) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.audit = audit;
    this.camunda = camunda;
  }

  @Transactional
  void signedIn(String username, String displayName, String email, Set<String> roles) {
    var existing = rows.find(username);
    if (existing.isPresent() && !existing.get().managedBySso()) {
      throw refusal(LOCAL_ACCOUNT, "A local account named " + username + " exists; ask your administrator.");
    }
    if (existing.isPresent() && !existing.get().enabled()) {
      throw refusal(DISABLED, "Your DisputeDesk account is disabled; ask your administrator.");
    }
    if (existing.isEmpty()) {
      // a password nobody knows: this person signs in only through the provider
      jdbc.sql("insert into users (username, password, enabled, display_name, email, source) "
              + "values (?, ?, true, ?, ?, 'SSO')")
          .params(username, encoder.encode(UUID.randomUUID() + "" + UUID.randomUUID()), displayName, email).update();
      audit.record("sso", Action.USER_CREATED, username, null, String.join(",", new TreeSet<>(roles)));
    } else {
      jdbc.sql("update users set display_name = ?, email = ? where username = ?").params(displayName, email, username)
          .update();
      if (!existing.get().roles().equals(roles)) {
        audit.record("sso", Action.SSO_ROLES_CHANGED, username, String.join(",", existing.get().roles()),
            String.join(",", new TreeSet<>(roles)));
      }
    }
    rows.replaceRoles(username, roles);
    camunda.sync(username, displayName, roles);
  }

  static OAuth2AuthenticationException refusal(String code, String message) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
  }
}
