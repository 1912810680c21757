package com.disputedesk.appeal;

import com.disputedesk.mediation.CaseMediators;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who must never review a dispute's appeal: everyone who mediated it, and for a second review the commissioners of
 * the earlier rounds. Read by the queue (to hide the item) and by the engine listener (to refuse it).
 */
@Component
class FourEyes {
  private final CaseMediators mediators;
  private final AppealRepository appeals;

  FourEyes(CaseMediators mediators, AppealRepository appeals) {
    this.mediators = mediators;
    this.appeals = appeals;
  }

  Set<String> excludedFrom(UUID disputeId) {
    Set<String> excluded = new TreeSet<>(mediators.of(disputeId));
    appeals.ofDispute(disputeId).ifPresent(a -> appeals.reviews(a.id()).stream()
        .filter(r -> r.round() < a.round()).forEach(r -> excluded.add(r.commissionerId())));
    return excluded;
  }

  boolean excludes(UUID disputeId, String user) {
    return user != null && excludedFrom(disputeId).contains(user);
  }

  String reason(UUID disputeId, String user) {
    return mediators.of(disputeId).contains(user)
        ? user + " mediated this dispute and cannot review its appeal (four-eyes)."
        : user + " already reviewed this appeal; a second review needs a different commissioner.";
  }
}
