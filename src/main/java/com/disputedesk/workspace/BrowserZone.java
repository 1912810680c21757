package com.disputedesk.workspace;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Remembers the browser's time zone in the session as a UI starts (Vaadin sends it with the UI's first request),
 * so every time on every screen is the user's local time, not the server's.
 */
@Component
class BrowserZone implements VaadinServiceInitListener {
  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> {
      var details = init.getUI().getInternals().getExtendedClientDetails();
      if (details != null) {
        remember(init.getUI().getSession(), details.getTimeZoneId());
      } else {
        init.getUI().getPage().retrieveExtendedClientDetails(d -> remember(init.getUI().getSession(),
            d.getTimeZoneId()));
      }
    });
  }

  static void remember(com.vaadin.flow.server.VaadinSession session, String zoneId) {
    try {
      if (zoneId != null && !zoneId.isBlank()) {
        session.setAttribute(ZoneId.class, ZoneId.of(zoneId));
      }
    } catch (DateTimeException unknown) {
      // an id this JVM does not know: keep the fallback
    }
  }
}
