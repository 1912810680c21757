package com.disputedesk.security;

/** Role names (without the ROLE_ prefix) and the candidate groups they map to. */
public final class Roles {
  public static final String MEDIATOR = "MEDIATOR";
  public static final String COMMISSIONER = "COMMISSIONER";
  public static final String QUALITY_REVIEWER = "QUALITY_REVIEWER";
  public static final String OPS_LEAD = "OPS_LEAD";
  /** Decides complaints against sellers and listings, and account reviews. */
  public static final String COMPLAINT_REVIEWER = "COMPLAINT_REVIEWER";
  public static final String ADMIN = "ADMIN";
  /** The marketplace's back end; never a person, never the workspace. */
  public static final String MARKETPLACE = "MARKETPLACE";

  public static final String[] BACK_OFFICE = {MEDIATOR, COMMISSIONER, QUALITY_REVIEWER, COMPLAINT_REVIEWER, OPS_LEAD,
      ADMIN};

  private Roles() {}

  /** The Camunda group of a role: {@code camunda-admin} for ADMIN, else letters only (OPS_LEAD to opslead). */
  public static String camundaGroup(String role) {
    return ADMIN.equals(role) ? "camunda-admin" : role.toLowerCase().replaceAll("[^a-z0-9]", "");
  }
}
