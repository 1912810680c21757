package com.disputedesk.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production refuses to start on an embedded database nobody asked for. */
class EmbeddedDatabaseInProductionTest {
  @Test
  void productionWithoutADatabaseUrlSaysWhatToSet() {
    MockEnvironment prod = new MockEnvironment();
    prod.setActiveProfiles("prod");
    assertThatThrownBy(() -> EmbeddedPostgresConfiguration.refuseUnaskedInProduction(prod))
        .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("DISPUTEDESK_EMBEDDED_DB_ENABLED=true");
    prod.setProperty("disputedesk.embedded-db.enabled", "true");
    assertThatThrownBy(() -> EmbeddedPostgresConfiguration.refuseUnaskedInProduction(prod))
        .hasMessageContaining("DISPUTEDESK_EMBEDDED_DB_DIR");
    prod.setProperty("disputedesk.embedded-db.dir", "/var/lib/disputedesk/postgres");
    assertThatCode(() -> EmbeddedPostgresConfiguration.refuseUnaskedInProduction(prod)).doesNotThrowAnyException();
  }

  @Test
  void theDemoAndTheTestsKeepTheirEmbeddedDatabase() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    assertThatCode(() -> EmbeddedPostgresConfiguration.refuseUnaskedInProduction(demo)).doesNotThrowAnyException();
  }
}
