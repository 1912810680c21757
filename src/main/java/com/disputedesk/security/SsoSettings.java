package com.disputedesk.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Single sign-on through the company's OpenID Connect provider, as the operator configured it
 * ({@code DISPUTEDESK_OIDC_*}). {@code roleMapping} turns the provider's groups or roles into ours.
 */
public record SsoSettings(String issuer, String clientId, String clientSecret, String providerName,
    String rolesClaim, String usernameClaim, List<String> scopes, Map<String, Set<String>> roleMapping) {

  /** Parses {@code dd-mediators=MEDIATOR,dd-leads=OPS_LEAD+QUALITY_REVIEWER}; refuses roles we do not have. */
  static Map<String, Set<String>> parseMapping(String text) {
    Map<String, Set<String>> mapping = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new IllegalStateException("DISPUTEDESK_OIDC_ROLE_MAPPING: '" + pair.strip()
            + "' is not group=ROLE (e.g. dd-mediators=MEDIATOR)");
      }
      Set<String> roles = Arrays.stream(parts[1].split("\\+")).map(String::strip).collect(Collectors.toSet());
      roles.stream().filter(r -> !Roles.all().contains(r)).findFirst().ifPresent(r -> {
        throw new IllegalStateException("DISPUTEDESK_OIDC_ROLE_MAPPING: " + r + " is not a DisputeDesk role; roles: "
            + String.join(", ", new TreeSet<>(Roles.all())));
      });
      mapping.merge(parts[0].strip(), roles, (a, b) -> {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
      });
    }
    return Map.copyOf(mapping);
  }

  /** Our roles for the provider's values of the roles claim (a list, or a space- or comma-separated string). */
  Set<String> rolesFor(Object claimValue) {
    Set<String> roles = new TreeSet<>();
    for (String group : values(claimValue)) {
      // Keycloak and Entra may send groups as paths ("/dd-mediators")
      roles.addAll(roleMapping.getOrDefault(group, roleMapping.getOrDefault(group.replaceFirst("^/", ""), Set.of())));
    }
    return roles;
  }

  /** A claim by path: {@code realm_access.roles} reads Keycloak's nested realm roles. */
  static Object claim(Map<String, Object> claims, String path) {
    Object value = claims;
    for (String part : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(part);
    }
    return value;
  }

  private static List<String> values(Object claimValue) {
    if (claimValue instanceof Iterable<?> items) {
      List<String> list = new java.util.ArrayList<>();
      items.forEach(i -> list.add(String.valueOf(i)));
      return list;
    }
    if (claimValue instanceof String text) {
      return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }
    return List.of();
  }
}
