package com.disputedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: one Spring context, one embedded PostgreSQL, one GreenMail SMTP server and one
 * OpenID Connect provider for the whole run (same configuration in every subclass, so Spring's context cache shares them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// metrics export as in production, so /actuator/prometheus is tested for real (tracing stays off)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@Import({TimeMachine.class, ApiClient.class, Cases.class, IntegrationEvents.class})
public abstract class IntegrationTest {
  protected static final GreenMail MAIL = startMail();
  /** Benchmarks ({@code -Pbench}) send mail to a sink that keeps nothing, so the SMTP server costs next to no CPU. */
  private static final SmtpSink SINK = Boolean.getBoolean("bench.smtp-sink") ? startSink() : null;

  @Autowired protected TimeMachine time;
  @Autowired protected ApiClient api;
  @Autowired protected Cases cases;
  @Autowired protected IntegrationEvents integrationEvents;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", IntegrationTest::smtpPort);
    registry.add("disputedesk.oidc.issuer", IdentityProvider::issuer);
    registry.add("disputedesk.oidc.client-id", () -> IdentityProvider.CLIENT_ID);
    registry.add("disputedesk.oidc.client-secret", () -> IdentityProvider.CLIENT_SECRET);
    registry.add("disputedesk.oidc.provider-name", () -> "Corp ID");
    registry.add("disputedesk.oidc.role-mapping", () -> IdentityProvider.ROLE_MAPPING);
  }

  /** The port the application sends mail to: GreenMail's, or in benchmarks the sink's. */
  protected static int smtpPort() {
    return SINK != null ? SINK.port() : MAIL.getSmtp().getPort();
  }

  @AfterEach
  void backToNow() {
    time.reset();
  }

  private static SmtpSink startSink() {
    try {
      return SmtpSink.start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail startMail() {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
    return mail;
  }
}
