package com.disputedesk.security;

import java.time.Instant;
import java.util.Set;

/** A person's account as administrators see it. {@code source} is LOCAL (password here) or SSO. */
public record Account(String username, String displayName, String email, Set<String> roles, boolean enabled,
    String source, boolean mustChangePassword, Instant createdAt, Instant lastSignInAt) {

  public boolean managedBySso() {
    return "SSO".equals(source);
  }
}
