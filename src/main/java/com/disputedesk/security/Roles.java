package com.disputedesk.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one map of roles: each role (names without the ROLE_ prefix), the BPMN candidate group its holders work and
 * the Camunda group it becomes in Cockpit and Admin. {@code RoleMapTest} checks it against the deployed models.
 */
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
  /** The payments system, which executes refund instructions. */
  public static final String PAYMENTS = "PAYMENTS";
  /** A metrics scraper: {@code /actuator/prometheus} and nothing else. */
  public static final String METRICS = "METRICS";

  /** An authority (not a role) held instead of roles while a temporary password waits to be changed. */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  /** People who work in the workspace. */
  public static final String[] BACK_OFFICE = {MEDIATOR, COMMISSIONER, QUALITY_REVIEWER, COMPLAINT_REVIEWER, OPS_LEAD,
      ADMIN};
  /** Machines that call the API with a client secret or a bearer token. */
  public static final List<String> API_CLIENTS = List.of(MARKETPLACE, PAYMENTS, METRICS);

  private record Entry(String candidateGroup, String camundaGroup) {}

  private static final Map<String, Entry> MAP = Map.of(
      MEDIATOR, new Entry("mediators", "mediators"),
      COMMISSIONER, new Entry("appeal-commission", "appeal-commission"),
      QUALITY_REVIEWER, new Entry("quality-reviewers", "quality-reviewers"),
      COMPLAINT_REVIEWER, new Entry("complaint-reviewers", "complaint-reviewers"),
      OPS_LEAD, new Entry(null, "ops-leads"),
      // Camunda's webapps treat members of camunda-admin as administrators
      ADMIN, new Entry(null, "camunda-admin"),
      MARKETPLACE, new Entry(null, null),
      PAYMENTS, new Entry(null, null),
      METRICS, new Entry(null, null));

  private Roles() {}

  public static boolean isBackOffice(String role) {
    return Arrays.asList(BACK_OFFICE).contains(role);
  }

  public static boolean isApiClient(String role) {
    return API_CLIENTS.contains(role);
  }

  public static Set<String> all() {
    return MAP.keySet();
  }

  /** The candidate group the role's holders work, if the role works a queue. */
  public static Optional<String> candidateGroup(String role) {
    return Optional.ofNullable(MAP.get(role)).map(Entry::candidateGroup);
  }

  /** The Camunda group of a role; machines have none (they never open Cockpit). */
  public static Optional<String> camundaGroup(String role) {
    return Optional.ofNullable(MAP.get(role)).map(Entry::camundaGroup);
  }

  /** The role whose holders work a candidate group (MEDIATOR for {@code mediators}). */
  public static Optional<String> working(String candidateGroup) {
    return MAP.entrySet().stream().filter(e -> candidateGroup != null
        && candidateGroup.equals(e.getValue().candidateGroup())).map(Map.Entry::getKey).findFirst();
  }
}
