package com.disputedesk.demo;

import com.disputedesk.appeal.AppealFeedbacks;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.common.PartyId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A demo appeal told step by step after the dispute's decision, each step at its own (past) time. */
final class DemoAppealStory {
  private final DemoServices s;
  private final UUID id;
  private final PartyId buyer;
  private Instant at;

  DemoAppealStory(DemoServices services, UUID disputeId, PartyId buyer, Instant at) {
    this.s = services;
    this.id = disputeId;
    this.buyer = buyer;
    this.at = at;
  }

  DemoAppealStory claim(Duration later, String user) {
    tick(later);
    var file = s.appealDesk().open(id);
    s.appealDesk().claim(file.reviewTask().or(file::feedbackTask).orElseThrow().taskId(), user);
    return this;
  }

  DemoAppealStory decide(Duration later, String commissioner, AppealOutcome outcome, String compensation,
      String explanation) {
    tick(later);
    s.appealDecisions().decide(id, commissioner, outcome, compensation == null ? null : new BigDecimal(compensation),
        explanation);
    return this;
  }

  DemoAppealStory split(Duration later, String... coupons) {
    tick(later);
    s.couponSplits().choose(id, buyer, List.of(coupons));
    return this;
  }

  DemoAppealStory feedback(Duration later, int rating, String text) {
    tick(later);
    s.feedbacks().give(id, buyer, rating, text);
    return this;
  }

  DemoAppealStory secondReview(Duration later, String qualityReviewer) {
    claim(later, qualityReviewer);
    s.feedbacks().act(id, qualityReviewer, AppealFeedbacks.Action.SECOND_REVIEW);
    return this;
  }

  private void tick(Duration later) {
    at = at.plus(later);
    ClockUtil.setCurrentTime(Date.from(at));
  }
}
