package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first administrator of an installation comes from the environment once, and never again. */
class BootstrapAdministratorTest extends IntegrationTest {
  @Autowired BootstrapAdministrator bootstrap;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;

  @Test
  void theBootstrapAdministratorIsCreatedOnceAndALaterStartNeverOverwritesTheirPassword() {
    assertThat(bootstrap.bootstrap("admin", "")).as("no password, but an administrator exists")
        .isEqualTo(BootstrapAdministrator.Outcome.NO_PASSWORD);
    assertThatThrownBy(() -> bootstrap.bootstrap(Cases.unique("root"), "too short")).hasMessageContaining("12");

    String root = Cases.unique("root");
    assertThat(bootstrap.bootstrap(root, "break glass in case of fire")).isEqualTo(
        BootstrapAdministrator.Outcome.CREATED);
    assertThat(users.get(root).roles()).containsExactly(Roles.ADMIN);
    assertThat(users.get(root).mustChangePassword()).as("the operator chose it").isFalse();
    assertThat(api.withCredentials(root, "break glass in case of fire", HttpMethod.GET, "/api/v1/admin/users", null,
        null).status()).isEqualTo(200);

    users.changeOwnPassword(root, "break glass in case of fire", "a changed and longer password");
    String hash = jdbc.sql("select password from users where username = ?").param(root).query(String.class).single();
    assertThat(bootstrap.bootstrap(root, "break glass in case of fire"))
        .isEqualTo(BootstrapAdministrator.Outcome.ALREADY_BOOTSTRAPPED);
    assertThat(bootstrap.bootstrap(Cases.unique("other"), "break glass in case of fire"))
        .as("once per installation, whatever the name").isEqualTo(BootstrapAdministrator.Outcome.ALREADY_BOOTSTRAPPED);
    assertThat(jdbc.sql("select password from users where username = ?").param(root).query(String.class).single())
        .isEqualTo(hash);
  }

  @Test
  void theAccessAuditCannotBeRewritten() {
    assertThatThrownBy(() -> jdbc.sql("delete from access_audit").update()).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("update access_audit set actor = 'nobody'").update())
        .hasMessageContaining("append-only");
  }
}
