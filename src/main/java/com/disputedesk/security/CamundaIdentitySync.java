package com.disputedesk.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors our users and roles into Camunda's identity tables, so Cockpit and Admin know who an SSO user is and
 * which groups they belong to. Our {@code users} table stays the source of truth; Camunda passwords are random
 * (nobody signs in to Camunda directly).
 */
@Component
@Order(1)
class CamundaIdentitySync implements ApplicationRunner {
  private final IdentityService identity;
  private final JdbcClient jdbc;

  CamundaIdentitySync(IdentityService identity, JdbcClient jdbc) {
    this.identity = identity;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    // nodes starting together take turns (the lock ends with the transaction): run side by side, both updated the
    // same Camunda user rows and the slower node failed to start on an optimistic-locking conflict
    jdbc.sql("select pg_advisory_xact_lock(hashtext('disputedesk.camunda-identity-sync'))").query().singleRow();
    List<String> usernames = jdbc.sql("select username from users where enabled").query(String.class).list();
    for (String username : usernames) {
      Set<String> roles = Set.copyOf(jdbc.sql("select substr(authority, 6) from authorities where username = ?")
          .param(username).query(String.class).list());
      sync(username, jdbc.sql("select display_name from users where username = ?").param(username)
          .query(String.class).optional().orElse(username), roles);
    }
  }

  void sync(String username, String displayName, Set<String> roles) {
    User user = identity.createUserQuery().userId(username).singleResult();
    if (user == null) {
      user = identity.newUser(username);
      user.setPassword(UUID.randomUUID().toString());
    }
    user.setFirstName(displayName == null ? username : displayName);
    user.setLastName("");
    identity.saveUser(user);
    for (Group group : identity.createGroupQuery().groupMember(username).list()) {
      identity.deleteMembership(username, group.getId());
    }
    for (String role : roles) {
      String groupId = Roles.camundaGroup(role).orElse(null);
      if (groupId == null) {
        continue;
      }
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(role);
        group.setType(Roles.ADMIN.equals(role) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
      }
      identity.createMembership(username, groupId);
    }
  }
}
