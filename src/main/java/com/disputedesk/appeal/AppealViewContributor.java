package com.disputedesk.appeal;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeViewContributor;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Parties see the appeal and its result in their view of the dispute. */
@Component
class AppealViewContributor implements DisputeViewContributor {
  private final AppealRepository appeals;
  private final FeedbackRepository feedback;

  AppealViewContributor(AppealRepository appeals, FeedbackRepository feedback) {
    this.appeals = appeals;
    this.feedback = feedback;
  }

  @Override
  public Map<String, java.lang.reflect.Type> parts() {
    return Map.of("appeal", AppealView.class);
  }

  @Override
  public Map<String, Object> contribute(Dispute dispute, String viewer) {
    Map<String, Object> part = new HashMap<>();
    appeals.ofDispute(dispute.id()).ifPresent(a -> part.put("appeal", AppealView.of(a,
        feedback.of(a.id()).stream().anyMatch(f -> f.round() == a.round()))));
    return part;
  }
}
