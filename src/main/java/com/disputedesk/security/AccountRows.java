package com.disputedesk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads accounts with their roles in one statement. */
@Repository
class AccountRows {
  private static final String SELECT = """
      select u.username, u.display_name, u.email, u.enabled, u.source, u.must_change_password, u.created_at,
             u.last_sign_in_at,
             coalesce((select array_agg(substr(a.authority, 6) order by a.authority) from authorities a
                       where a.username = u.username and a.authority like 'ROLE\\_%'), '{}') as roles
      from users u""";
  private final JdbcClient jdbc;

  AccountRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The account's roles become exactly {@code roles} (stored as Spring Security authorities, ROLE_ prefixed). */
  void replaceRoles(String username, java.util.Set<String> roles) {
    jdbc.sql("delete from authorities where username = ?").param(username).update();
    for (String role : new TreeSet<>(roles)) {
      jdbc.sql("insert into authorities (username, authority) values (?, ?)").params(username, "ROLE_" + role).update();
    }
  }

  Optional<Account> find(String username) {
    return jdbc.sql(SELECT + " where u.username = ?").param(username).query(AccountRows::map).optional();
  }

  /** People only: machines are API clients, not users; {@code text} matches name, display name or email. */
  List<Account> search(String text, int offset, int limit) {
    return jdbc.sql(SELECT + " where " + MATCH + " order by u.username offset ? limit ?")
        .params(pattern(text), pattern(text), pattern(text), offset, limit).query(AccountRows::map).list();
  }

  int count(String text) {
    return jdbc.sql("select count(*) from users u where " + MATCH)
        .params(pattern(text), pattern(text), pattern(text)).query(Integer.class).single();
  }

  private static final String MATCH =
      "(u.username ilike ? or coalesce(u.display_name, '') ilike ? or coalesce(u.email, '') ilike ?)";

  private static String pattern(String text) {
    String t = text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + t + "%";
  }

  private static Account map(ResultSet rs, int n) throws SQLException {
    Timestamp last = rs.getTimestamp("last_sign_in_at");
    return new Account(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
        new TreeSet<>(Arrays.asList((String[]) rs.getArray("roles").getArray())), rs.getBoolean("enabled"),
        rs.getString("source"), rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant(),
        last == null ? null : last.toInstant());
  }
}
