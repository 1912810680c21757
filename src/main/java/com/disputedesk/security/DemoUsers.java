package com.disputedesk.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo users whose password is their user name. Only with {@code disputedesk.demo.users=true} (demo, test). */
@Component
@Order(0)
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
      new BackOfficeUsers.User("admin", "Administrator", "admin@disputedesk.example", Set.of(Roles.ADMIN)),
      new BackOfficeUsers.User("marketplace", "Marketplace API client", null, Set.of(Roles.MARKETPLACE)));
  private final BackOfficeUsers users;

  DemoUsers(BackOfficeUsers users) {
    this.users = users;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (BackOfficeUsers.User user : USERS) {
      if (!users.exists(user.username())) {
        users.save(user, user.username(), 4);
      }
    }
  }
}
