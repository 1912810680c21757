package com.disputedesk.security;

import com.disputedesk.security.AccessAudit.Action;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The break-glass administrator of a new installation: created once, at the first start with
 * {@code DISPUTEDESK_BOOTSTRAP_ADMIN_PASSWORD}, and never again, so a later start cannot overwrite a changed
 * password or bring back a removed account.
 */
@Component
@Order(0) // after the demo's users (-1), so a demo start does not warn of a missing administrator
class BootstrapAdministrator implements ApplicationRunner {
  enum Outcome { CREATED, ALREADY_BOOTSTRAPPED, NO_PASSWORD, NO_PASSWORD_AND_NO_ADMINISTRATOR }

  private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
  private final UserAdministration users;
  private final AccessAudit audit;
  private final JdbcClient jdbc;
  private final String username;
  private final String password;
  private final org.springframework.transaction.support.TransactionTemplate transaction;

  BootstrapAdministrator(UserAdministration users, AccessAudit audit, JdbcClient jdbc,
      org.springframework.transaction.PlatformTransactionManager transactions,
      @Value("${disputedesk.bootstrap.admin-username:admin}") String username,
      @Value("${disputedesk.bootstrap.admin-password:}") String password) {
    this.users = users;
    this.audit = audit;
    this.jdbc = jdbc;
    this.username = username;
    this.password = password;
    this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.execute(status -> bootstrap(username, password));
  }

  @Transactional
  Outcome bootstrap(String username, String password) {
    // nodes starting together take turns: one creates, the others find the audit entry
    jdbc.sql("select pg_advisory_xact_lock(hashtext('disputedesk.bootstrap-admin'))").query().singleRow();
    if (password == null || password.isBlank()) {
      if (administrators() == 0) {
        log.warn("No administrator exists: set DISPUTEDESK_BOOTSTRAP_ADMIN_PASSWORD (at least {} characters; user "
            + "name {}, or DISPUTEDESK_BOOTSTRAP_ADMIN_USERNAME) and restart to create one.", PasswordPolicy.MIN_LENGTH,
            username);
        return Outcome.NO_PASSWORD_AND_NO_ADMINISTRATOR;
      }
      return Outcome.NO_PASSWORD;
    }
    if (audit.happened(Action.BOOTSTRAP_ADMIN_CREATED)) {
      return Outcome.ALREADY_BOOTSTRAPPED;
    }
    users.createWithPassword(new UserAdministration.NewUser(username, "Administrator", null, Set.of(Roles.ADMIN)),
        password, "bootstrap");
    audit.record("bootstrap", Action.BOOTSTRAP_ADMIN_CREATED, username, null, Roles.ADMIN);
    log.info("Created the administrator {} from DISPUTEDESK_BOOTSTRAP_ADMIN_PASSWORD; later starts leave it alone.",
        username);
    return Outcome.CREATED;
  }

  private int administrators() {
    return jdbc.sql("select count(*) from authorities a join users u on u.username = a.username "
        + "where a.authority = 'ROLE_ADMIN' and u.enabled").query(Integer.class).single();
  }
}
