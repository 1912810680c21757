package com.disputedesk.search;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of case search finds, each shown to the roles whose screens may open it. */
public enum CaseKind {
  DISPUTE("MEDIATOR", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"),
  APPEAL("COMMISSIONER", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN"),
  COMPLAINT("COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"),
  ACCOUNT_REVIEW("COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN");

  private final Set<String> roles;

  CaseKind(String... roles) {
    this.roles = Set.of(roles);
  }

  /** A complaint reviewer never finds disputes: mediation internals are not theirs to read. */
  public static Set<CaseKind> visibleTo(Set<String> userRoles) {
    Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
    for (CaseKind k : values()) {
      if (k.roles.stream().anyMatch(userRoles::contains)) {
        kinds.add(k);
      }
    }
    return kinds;
  }
}
