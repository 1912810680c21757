package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

/**
 * Every role against every API surface and workspace route: allowed exactly where DOMAIN.md's actor table says.
 * "Allowed" means not 401/403 (a 404 or 409 from a fake id is the endpoint itself answering).
 */
class AuthorizationMatrixTest extends IntegrationTest {
  /** user -> roles, as the demo users have them. */
  static final Map<String, String[]> USERS = Map.of(
      "marketplace", new String[] {"MARKETPLACE"},
      "mediator1", new String[] {"MEDIATOR"},
      "commissioner1", new String[] {"COMMISSIONER"},
      "commissioner2", new String[] {"COMMISSIONER", "QUALITY_REVIEWER"},
      "reviewer1", new String[] {"COMPLAINT_REVIEWER"},
      "opslead1", new String[] {"OPS_LEAD"},
      "admin", new String[] {"ADMIN"},
      "metrics", new String[] {"METRICS"},
      "payments", new String[] {"PAYMENTS"});
  static final Set<String> PARTY_API = Set.of("marketplace");

  /** Every API endpoint (method, path) and who may call it. */
  static final List<Object[]> API = List.of(
      api("POST", "/api/v1/disputes", PARTY_API), api("GET", "/api/v1/disputes", PARTY_API),
      api("GET", "/api/v1/disputes/00000000-0000-0000-0000-000000000001", PARTY_API),
      api("POST", "/api/v1/disputes/00000000-0000-0000-0000-000000000001/escalate", PARTY_API),
      api("POST", "/api/v1/disputes/00000000-0000-0000-0000-000000000001/appeal", PARTY_API),
      api("DELETE", "/api/v1/disputes/00000000-0000-0000-0000-000000000001/appeal", PARTY_API),
      api("PUT", "/api/v1/disputes/00000000-0000-0000-0000-000000000001/appeal/coupon-split", PARTY_API),
      api("POST", "/api/v1/disputes/00000000-0000-0000-0000-000000000001/feedback", PARTY_API),
      api("GET", "/api/v1/buyers/buyer-m/coupons", PARTY_API),
      api("POST", "/api/v1/coupons/AAAAA-BBBBB-CCCCC-DDDDD/redeem", PARTY_API),
      api("POST", "/api/v1/complaints", PARTY_API), api("GET", "/api/v1/complaints?against=me", PARTY_API),
      api("POST", "/api/v1/complaints/00000000-0000-0000-0000-000000000001/response", PARTY_API),
      api("GET", "/api/v1/accounts/buyer-m", PARTY_API),
      api("GET", "/api/v1/sla-policies", Set.of("opslead1")),
      api("PUT", "/api/v1/sla-policies/no-such-policy", Set.of("opslead1")),
      api("POST", "/api/v1/sla-policies/negotiation/retime?dryRun=true", Set.of("opslead1")),
      api("GET", "/api/v1/business-calendar", Set.of("opslead1")),
      api("GET", "/engine-rest/engine", Set.of("admin")), api("GET", "/engine-rest/task", Set.of("admin")),
      api("GET", "/actuator/prometheus", Set.of("admin", "metrics")),
      api("GET", "/actuator/metrics", Set.of("admin")),
      api("GET", "/api/v1/admin/users", Set.of("admin")), api("POST", "/api/v1/admin/users", Set.of("admin")),
      api("PUT", "/api/v1/admin/users/no-such-user", Set.of("admin")),
      api("POST", "/api/v1/admin/users/no-such-user/password-reset", Set.of("admin")),
      api("GET", "/api/v1/admin/api-clients", Set.of("admin")),
      api("POST", "/api/v1/admin/api-clients", Set.of("admin")),
      api("POST", "/api/v1/admin/api-clients/no-such-client/secrets", Set.of("admin")),
      api("DELETE", "/api/v1/admin/api-clients/no-such-client/secrets/00000000-0000-0000-0000-000000000001",
          Set.of("admin")),
      api("GET", "/api/v1/admin/audit", Set.of("admin")),
      api("GET", "/api/v1/refund-instructions", Set.of("payments", "marketplace")),
      api("POST", "/api/v1/refund-instructions/00000000-0000-0000-0000-000000000001/executed",
          Set.of("payments", "marketplace")),
      api("POST", "/api/v1/refund-instructions/00000000-0000-0000-0000-000000000001/failed",
          Set.of("payments", "marketplace")),
      api("GET", "/actuator/health", Set.copyOf(USERS.keySet())));

  /** Every workspace route and the roles that open it. */
  static final Map<String, Set<String>> ROUTES = Map.ofEntries(
      Map.entry("", Set.of("MEDIATOR", "COMMISSIONER", "QUALITY_REVIEWER", "COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN")),
      Map.entry("mediation", Set.of("MEDIATOR", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")),
      Map.entry("appeals", Set.of("COMMISSIONER", "QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")),
      Map.entry("complaints", Set.of("COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN")),
      Map.entry("dashboard", Set.of("QUALITY_REVIEWER", "OPS_LEAD", "ADMIN")),
      Map.entry("sla-policies", Set.of("OPS_LEAD", "ADMIN")),
      Map.entry("business-calendar", Set.of("OPS_LEAD", "ADMIN")),
      Map.entry("emails", Set.of("ADMIN")),
      Map.entry("admin/users", Set.of("ADMIN")),
      Map.entry("admin/api-clients", Set.of("ADMIN")),
      Map.entry("admin/audit", Set.of("ADMIN")));

  @Autowired ApplicationContext context;

  @Test
  void everyRoleReachesExactlyItsApiEndpoints() {
    List<String> wrong = new ArrayList<>();
    for (Object[] endpoint : API) {
      for (String user : USERS.keySet()) {
        @SuppressWarnings("unchecked")
        boolean allowed = ((Set<String>) endpoint[2]).contains(user);
        var answer = api.as(user, HttpMethod.valueOf((String) endpoint[0]), (String) endpoint[1], "buyer-m",
            endpoint[0].equals("GET") || endpoint[0].equals("DELETE") ? null : Map.of());
        boolean refused = answer.status() == 401 || answer.status() == 403;
        if (allowed == refused || answer.status() >= 500) {
          wrong.add(user + " " + endpoint[0] + " " + endpoint[1] + " -> " + answer.status());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRoleOpensExactlyItsWorkspaceRoutes() {
    KaribuSupport.start(context);
    try {
      List<String> wrong = new ArrayList<>();
      for (var user : USERS.entrySet()) {
        KaribuSupport.stop();
        KaribuSupport.start(context);
        KaribuSupport.signIn(user.getKey(), user.getValue());
        for (var route : ROUTES.entrySet()) {
          boolean allowed = Set.of(user.getValue()).stream().anyMatch(route.getValue()::contains);
          boolean opened;
          try {
            UI.getCurrent().navigate(route.getKey());
            String view = KaribuSupport.currentView().getSimpleName();
            opened = !view.contains("Login") && !view.contains("AccessDenied") && !view.contains("Error")
                && !view.contains("NoRole") && !view.contains("NotAllowed") && !view.contains("NotFound");
          } catch (RuntimeException denied) {
            opened = false;
          }
          if (allowed != opened) {
            wrong.add(user.getKey() + " /" + route.getKey() + " opened=" + opened);
          }
        }
      }
      assertThat(wrong).isEmpty();
    } finally {
      KaribuSupport.stop();
    }
  }

  private static Object[] api(String method, String path, Set<String> allowed) {
    return new Object[] {method, path, allowed};
  }
}
