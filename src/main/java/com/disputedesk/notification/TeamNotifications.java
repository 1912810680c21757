package com.disputedesk.notification;

import com.disputedesk.security.BackOfficeUsers;
import com.disputedesk.worklist.WorkHandedOver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the people a lead moved work between: the new holder gets one email listing what they now hold, and each
 * earlier holder one listing what was taken from them. Never more than one email per person per action.
 */
@Component
class TeamNotifications {
  private final Outbox outbox;
  private final BackOfficeUsers staff;

  TeamNotifications(Outbox outbox, BackOfficeUsers staff) {
    this.outbox = outbox;
    this.staff = staff;
  }

  @StoredWithTheChange
  void on(WorkHandedOver e) {
    if (e.to() != null) {
      tell(e, e.to(), e.lead() + " gave you " + cases(e.items().size()),
          e.lead() + " assigned these to you; they are in your queue as claimed by you:", e.items());
    }
    Map<String, List<WorkHandedOver.Item>> byHolder = e.items().stream()
        .filter(i -> i.previousHolder() != null && !i.previousHolder().equals(e.to()))
        .collect(Collectors.groupingBy(WorkHandedOver.Item::previousHolder, LinkedHashMap::new, Collectors.toList()));
    byHolder.forEach((holder, items) -> tell(e, holder, e.lead() + (e.to() == null ? " released " : " reassigned ")
        + cases(items.size()) + " you held", e.to() == null
        ? e.lead() + " released these back to their queue; you no longer hold them:"
        : e.lead() + " reassigned these to " + e.to() + "; you no longer hold them:", items));
  }

  private void tell(WorkHandedOver e, String username, String subject, String opening,
      List<WorkHandedOver.Item> items) {
    String list = items.stream().map(i -> "- " + (i.orderId() == null ? "" : i.orderId() + " · ")
        + (i.title() == null ? "" : i.title()) + " (/" + i.route() + ")").collect(Collectors.joining("\n"));
    staff.emailOf(username).ifPresent(email -> outbox.send("handover:" + e.id() + ":" + username,
        items.size() == 1 ? items.get(0).caseId() : null, email, subject, opening + "\n\n" + list));
  }

  private static String cases(int n) {
    return n == 1 ? "1 case" : n + " cases";
  }
}
