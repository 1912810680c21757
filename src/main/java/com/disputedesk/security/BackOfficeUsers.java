package com.disputedesk.security;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office users and API clients, stored in Spring Security's JDBC schema. */
@Service
public class BackOfficeUsers {
  public record User(String username, String displayName, String email, Set<String> roles) {}

  private final JdbcClient jdbc;
  private final CamundaIdentitySync camunda;

  BackOfficeUsers(JdbcClient jdbc, CamundaIdentitySync camunda) {
    this.jdbc = jdbc;
    this.camunda = camunda;
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

  /** Creates or replaces a user. {@code cost} is the bcrypt work factor (demo users use a low one). */
  @Transactional
  public void save(User user, String password, int cost) {
    String hash = "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(password);
    jdbc.sql("""
            insert into users (username, password, enabled, display_name, email) values (?, ?, true, ?, ?)
            on conflict (username) do update set password = excluded.password, display_name = excluded.display_name,
              email = excluded.email, enabled = true""")
        .params(user.username(), hash, user.displayName(), user.email()).update();
    jdbc.sql("delete from authorities where username = ?").param(user.username()).update();
    for (String role : user.roles()) {
      jdbc.sql("insert into authorities (username, authority) values (?, ?)").params(user.username(), "ROLE_" + role)
          .update();
    }
    camunda.sync(user.username(), user.displayName(), user.roles());
  }
}
