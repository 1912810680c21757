package com.disputedesk.appeal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to appeals for other modules (coupons, reporting) and the workspace. */
@Service
@Transactional(readOnly = true)
public class Appeals {
  private final AppealRepository appeals;
  private final FeedbackRepository feedback;

  Appeals(AppealRepository appeals, FeedbackRepository feedback) {
    this.appeals = appeals;
    this.feedback = feedback;
  }

  public Optional<Appeal> ofDispute(UUID disputeId) {
    return appeals.ofDispute(disputeId);
  }

  public Optional<Appeal> find(UUID appealId) {
    return appeals.find(appealId);
  }

  /** Every round's result, oldest first. */
  public List<AppealReview> reviews(UUID appealId) {
    return appeals.reviews(appealId);
  }

  /**
   * Locks the dispute's appeal until the caller's transaction ends: choosing a coupon split and issuing the coupons
   * take this lock, so a split is either used by the issuance or refused as too late, never silently lost.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public Optional<Appeal> lock(UUID disputeId) {
    return appeals.lockOfDispute(disputeId);
  }

  public List<Feedback> feedback(UUID appealId) {
    return feedback.of(appealId);
  }
}
