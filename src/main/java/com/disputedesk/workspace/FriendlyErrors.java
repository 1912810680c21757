package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An unexpected error in the workspace is logged with its stack trace and shown to the user as a sentence that
 * says what to do next — never as a stack trace. (A lost connection shows Vaadin's reconnect banner.)
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {
  private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
      Instant at = Instant.now();
      log.error("Workspace error at {}", at, error.getThrowable());
      UI ui = UI.getCurrent();
      if (ui != null) {
        ui.access(() -> Notification.show(ui.getTranslation("error.title") + ". "
                + ui.getTranslation("error.text", at.toString()), 8000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_ERROR));
      }
    }));
  }
}
