package com.disputedesk.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people whose password is their user name, and demo API clients whose secret is their id. Only with
 * {@code disputedesk.demo.users=true} (the demo profile and the tests), never in production.
 */
@Component
@Order(-1)
@ConditionalOnProperty(name = "disputedesk.demo.users", havingValue = "true")
class DemoUsers implements ApplicationRunner {
  static final List<BackOfficeUsers.User> USERS = List.of(
      new BackOfficeUsers.User("mediator1", "Anna Mediator", "mediator1@disputedesk.example", Set.of(Roles.MEDIATOR)),
      new BackOfficeUsers.User("mediator2", "Boris Mediator", "mediator2@disputedesk.example", Set.of(Roles.MEDIATOR)),
      new BackOfficeUsers.User("commissioner1", "Clara Commissioner", "commissioner1@disputedesk.example",
          Set.of(Roles.COMMISSIONER)),
      new BackOfficeUsers.User("commissioner2", "Dmitry Commissioner", "commissioner2@disputedesk.example",
          Set.of(Roles.COMMISSIONER, Roles.QUALITY_REVIEWER)),
      // a senior who both mediates and sits on the appeal commission: four-eyes keeps them off their own cases
      new BackOfficeUsers.User("senior1", "Elena Senior", "senior1@disputedesk.example",
          Set.of(Roles.MEDIATOR, Roles.COMMISSIONER)),
      new BackOfficeUsers.User("reviewer1", "Fedor Reviewer", "reviewer1@disputedesk.example",
          Set.of(Roles.COMPLAINT_REVIEWER)),
      new BackOfficeUsers.User("opslead1", "Olga Operations", "opslead1@disputedesk.example", Set.of(Roles.OPS_LEAD)),
      new BackOfficeUsers.User("admin", "Administrator", "admin@disputedesk.example", Set.of(Roles.ADMIN)));
  /** client id (= secret) and role */
  static final List<String[]> CLIENTS = List.of(
      new String[] {"marketplace", "Marketplace back end (demo)", Roles.MARKETPLACE},
      new String[] {"payments", "Payments system (demo)", Roles.PAYMENTS},
      new String[] {"metrics", "Prometheus scraper (demo)", Roles.METRICS});
  private final BackOfficeUsers users;
  private final ApiClients clients;

  DemoUsers(BackOfficeUsers users, ApiClients clients) {
    this.users = users;
    this.clients = clients;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (BackOfficeUsers.User user : USERS) {
      if (!users.exists(user.username())) {
        users.save(user, user.username(), 4);
      }
    }
    for (String[] client : CLIENTS) {
      if (!clients.exists(client[0])) {
        users.removeLegacyClientUser(client[0]);
        clients.createWithSecret(client[0], client[1], client[2], client[0]);
      }
    }
  }
}
