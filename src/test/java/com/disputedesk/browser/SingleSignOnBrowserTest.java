package com.disputedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Browser;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IdentityProvider;
import com.disputedesk.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In a real Chromium, through a real OpenID Connect provider: people sign in with their company account. */
class SingleSignOnBrowserTest extends IntegrationTest {
  private static final By SSO = By.xpath("//a[normalize-space(.)='Sign in with Corp ID']");
  @Value("${local.server.port}") int port;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void chromium() {
    Browser.requireChromium();
  }

  @Test
  void aMediatorSignsInThroughTheProviderLandsOnThePageAskedForWorksTheQueueAndSignsOutOfBoth() throws Exception {
    String name = Cases.unique("sso.mediator").toLowerCase();
    IdentityProvider.nextSignIn("subject-" + name, name, List.of("/dd-mediators", "everyone"));
    try (Browser browser = Browser.open(port)) {
      try {
        browser.go("/mediation");
        browser.click(browser.waitFor(SSO));
        browser.until(d -> d.getCurrentUrl().contains("/mediation")); // Spring adds ?continue to a saved request
        browser.waitFor(By.cssSelector("vaadin-grid"));
        assertThat(browser.waitFor(By.cssSelector(".dd-user")).getText()).isEqualTo(name);
        browser.press("Sign out");
        browser.until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.go("/mediation");
        browser.until(d -> d.getCurrentUrl().endsWith("/login"));
      } catch (Exception | AssertionError e) {
        browser.snapshot("sso-mediator");
        throw e;
      }
    }
    assertThat(jdbc.sql("select source from users where username = ?").param(name).query(String.class).single())
        .isEqualTo("SSO");
    assertThat(jdbc.sql("select authority from authorities where username = ?").param(name).query(String.class)
        .list()).containsExactly("ROLE_MEDIATOR");
  }

  @Test
  void anAdministratorSignedInThroughTheProviderOpensCockpitWithoutASecondLogin() throws Exception {
    String name = Cases.unique("sso.admin").toLowerCase();
    IdentityProvider.nextSignIn("subject-" + name, name, List.of("dd-admins"));
    try (Browser browser = Browser.open(port)) {
      try {
        browser.go("/login");
        browser.click(browser.waitFor(SSO));
        browser.until(d -> !d.getCurrentUrl().contains("/login"));
        browser.go("/camunda/app/cockpit/default/");
        browser.until(d -> d.getTitle().contains("Cockpit"));
        browser.go("/camunda/api/admin/auth/user/default");
        assertThat(browser.waitFor(By.tagName("body")).getText()).contains("\"userId\":\"" + name + "\"");
      } catch (Exception | AssertionError e) {
        browser.snapshot("sso-admin");
        throw e;
      }
    }
  }

  @Test
  void somebodyWithNoMappedGroupIsToldTheyHaveNoRoleInsteadOfAnError() throws Exception {
    String name = Cases.unique("sso.nobody").toLowerCase();
    IdentityProvider.nextSignIn("subject-" + name, name, List.of("marketing"));
    try (Browser browser = Browser.open(port)) {
      try {
        browser.go("/login");
        browser.click(browser.waitFor(SSO));
        browser.until(d -> d.getCurrentUrl().endsWith("/no-role"));
        browser.until(d -> d.findElement(By.tagName("body")).getText()
            .contains("You have no role in DisputeDesk; ask your administrator."));
      } catch (Exception | AssertionError e) {
        browser.snapshot("sso-no-role");
        throw e;
      }
    }
    assertThat(jdbc.sql("select count(*) from users where username = ?").param(name).query(Integer.class).single())
        .isZero();
  }
}
