package com.disputedesk.appeal;

import com.disputedesk.common.PartyId;
import com.disputedesk.dispute.Disputes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The buyer's appeal and feedback endpoints (API.md "Appeals, feedback, coupons"). */
@RestController
@RequestMapping("/api/v1/disputes/{id}")
@Tag(name = "Appeals", description = "The buyer appeals a mediation decision and rates the service (role MARKETPLACE)")
class AppealController {
  record AppealRequest(String description, List<UUID> evidenceIds) {}

  record FeedbackRequest(Integer rating, String text) {}

  private final AppealFiling filing;
  private final AppealFeedbacks feedbacks;
  private final Disputes disputes;
  private final FeedbackRepository feedback;

  AppealController(AppealFiling filing, AppealFeedbacks feedbacks, Disputes disputes, FeedbackRepository feedback) {
    this.filing = filing;
    this.feedbacks = feedbacks;
    this.disputes = disputes;
    this.feedback = feedback;
  }

  @PostMapping("/appeal")
  @Operation(summary = "The buyer appeals a mediation decision: once, within appeal-window, English, ≤ 1000 characters")
  ResponseEntity<AppealView> appeal(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestBody AppealRequest request) {
    Appeal a = filing.file(id, PartyId.of(party), request.description(), request.evidenceIds());
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + id + "/appeal")).body(AppealView.of(a, false));
  }

  @DeleteMapping("/appeal")
  @Operation(summary = "The buyer withdraws an appeal that no commissioner has taken up yet")
  AppealView withdraw(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id) {
    PartyId buyer = PartyId.of(party);
    disputes.forParty(id, buyer);
    return AppealView.of(filing.withdraw(id, buyer), false);
  }

  /** The receipt of a buyer's review of the service. */
  record FeedbackReceipt(UUID id, int rating, java.time.Instant receivedAt, String notice) {}

  @PostMapping("/feedback")
  @Operation(summary = "After an upheld appeal, the buyer rates the dispute resolution service (1-5) and says why")
  ResponseEntity<FeedbackReceipt> feedback(@RequestHeader(PartyId.HEADER) String party, @PathVariable UUID id,
      @RequestBody FeedbackRequest request) {
    PartyId buyer = PartyId.of(party);
    disputes.forParty(id, buyer);
    Feedback f = feedbacks.give(id, buyer, request.rating(), request.text());
    return ResponseEntity.created(URI.create("/api/v1/disputes/" + id + "/feedback"))
        .body(new FeedbackReceipt(f.id(), f.rating(), f.receivedAt(),
            "Thank you. A quality reviewer reads every review and may send the appeal to a second review."));
  }
}
