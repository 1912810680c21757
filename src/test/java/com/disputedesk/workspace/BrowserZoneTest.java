package com.disputedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Times are shown in the browser's zone once the browser said it, in Moscow time until then. */
class BrowserZoneTest extends KaribuTest {
  private static final Instant NOON_UTC = Instant.parse("2026-12-01T12:00:00Z");



  @Test
  void timesFollowTheBrowsersZoneAndAnUnknownZoneKeepsTheFallback() {
    VaadinSession.getCurrent().setAttribute(ZoneId.class, null);
    assertThat(Formats.dateTime(NOON_UTC, Locale.ENGLISH)).contains("3:00");
    BrowserZone.remember(VaadinSession.getCurrent(), "America/New_York");
    assertThat(Formats.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(Formats.dateTime(NOON_UTC, Locale.ENGLISH)).contains("7:00");
    BrowserZone.remember(VaadinSession.getCurrent(), "Mars/Olympus");
    assertThat(Formats.zone()).isEqualTo(ZoneId.of("America/New_York"));
  }
}
