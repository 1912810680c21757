package com.disputedesk.security;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office people as other modules need them: who holds a role, their email addresses. */
@Service
public class BackOfficeUsers {
  public record User(String username, String displayName, String email, Set<String> roles) {}

  private final JdbcClient jdbc;
  private final CamundaIdentitySync camunda;
  private final JdbcUserDetailsManager manager;

  BackOfficeUsers(JdbcClient jdbc, CamundaIdentitySync camunda, JdbcUserDetailsManager manager) {
    this.jdbc = jdbc;
    this.camunda = camunda;
    this.manager = manager;
  }

  @Transactional(readOnly = true)
  public List<String> emailsOf(String role) {
    return jdbc.sql("select u.email from users u join authorities a on a.username = u.username "
            + "where a.authority = ? and u.enabled and u.email is not null order by u.username")
        .param("ROLE_" + role).query(String.class).list();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<String> emailOf(String username) {
    return jdbc.sql("select email from users where username = ? and email is not null").param(username)
        .query(String.class).optional();
  }

  @Transactional(readOnly = true)
  public List<String> usernamesWith(String role) {
    return jdbc.sql("select u.username from users u join authorities a on a.username = u.username "
            + "where a.authority = ? and u.enabled order by u.username")
        .param("ROLE_" + role).query(String.class).list();
  }

  @Transactional(readOnly = true)
  public boolean exists(String username) {
    return jdbc.sql("select count(*) from users where username = ?").param(username).query(Integer.class).single() > 0;
  }

  /** Demo databases from before API clients had the marketplace as a user; it becomes an API client. */
  @Transactional
  void removeLegacyClientUser(String username) {
    jdbc.sql("delete from authorities where username = ?").param(username).update();
    jdbc.sql("delete from users where username = ?").param(username).update();
  }

  /** Creates a demo user. {@code cost} is the bcrypt work factor (demo users use a low one, for fast tests). */
  @Transactional
  void save(User user, String password, int cost) {
    manager.createUser(org.springframework.security.core.userdetails.User.withUsername(user.username())
        .password("{bcrypt}" + new BCryptPasswordEncoder(cost).encode(password))
        .roles(user.roles().toArray(String[]::new)).build());
    jdbc.sql("update users set display_name = ?, email = ? where username = ?")
        .params(user.displayName(), user.email(), user.username()).update();
    camunda.sync(user.username(), user.displayName(), user.roles());
  }
}
