package com.disputedesk.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a person may do right now, read from our tables: their roles, or only {@link Roles#PASSWORD_CHANGE_REQUIRED}
 * while a temporary password waits to be changed. Empty for a disabled or removed account.
 */
@Component
class CurrentAuthorities {
  private final JdbcClient jdbc;

  CurrentAuthorities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<List<GrantedAuthority>> of(String username) {
    return jdbc.sql("""
            select u.must_change_password,
                   coalesce((select array_agg(a.authority order by a.authority) from authorities a
                             where a.username = u.username), '{}')
            from users u where u.username = ? and u.enabled""")
        .param(username)
        .query((rs, n) -> rs.getBoolean(1)
            ? List.<GrantedAuthority>of(new SimpleGrantedAuthority(Roles.PASSWORD_CHANGE_REQUIRED))
            : Arrays.stream((String[]) rs.getArray(2).getArray())
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList())
        .optional();
  }

  /** Whether two authority lists grant the same (order and other authority kinds do not matter). */
  static boolean same(Collection<? extends GrantedAuthority> a, Collection<? extends GrantedAuthority> b) {
    return names(a).equals(names(b));
  }

  private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority)
        .filter(n -> n.startsWith("ROLE_") || n.equals(Roles.PASSWORD_CHANGE_REQUIRED)).collect(Collectors.toSet());
  }
}
