package com.disputedesk.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A browserless view test (Karibu) on the shared Spring context: Vaadin is started before and stopped after each. */
public abstract class KaribuTest extends IntegrationTest {
  @Autowired protected ApplicationContext context;

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
  }
}
