package com.disputedesk.notification;

import com.disputedesk.integration.WebhookEndpointDisabled;
import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.security.Roles;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Tells administrators that DisputeDesk stopped delivering webhooks to an endpoint, and how to resume. */
@Component
class WebhookNotifications {
  private final Outbox outbox;
  private final BackOfficeUsers staff;
  private final Clock clock;

  WebhookNotifications(Outbox outbox, BackOfficeUsers staff, Clock clock) {
    this.outbox = outbox;
    this.staff = staff;
    this.clock = clock;
  }

  @StoredWithTheChange
  void on(WebhookEndpointDisabled e) {
    for (String admin : staff.emailsOf(Roles.ADMIN)) {
      outbox.send("webhook-disabled:" + e.endpointId() + ":" + clock.instant().toEpochMilli() + ":" + admin, null,
          admin, "[Webhooks] Deliveries to " + e.url() + " stopped",
          "DisputeDesk stopped delivering integration events to " + e.url() + ".\n\nWhy: " + e.reason()
              + "\n\nEvents keep being recorded. Once the receiver works again, enable the endpoint under "
              + "Administration → Webhooks (delivery resumes where it stopped), and resend what it missed with "
              + "\"Resend since\", or let the receiver catch up from GET /api/v1/events.");
    }
  }
}
