package com.disputedesk.refund;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeViewContributor;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** Both parties see the refunds of their dispute and whether each was paid. */
@Component
class RefundViewContributor implements DisputeViewContributor {
  /** A refund as a party sees it: no internal reporter, the payment reference once paid. */
  record RefundView(java.util.UUID instructionId, java.math.BigDecimal amount, String currency, boolean withReturn,
      RefundExecution.Status status, String paymentReference, java.time.Instant reportedAt) {}

  private final RefundExecution refunds;

  RefundViewContributor(RefundExecution refunds) {
    this.refunds = refunds;
  }

  @Override
  public Map<String, Object> contribute(Dispute dispute, String viewer) {
    return Map.of("refunds", refunds.ofDispute(dispute.id()).stream().map(r -> new RefundView(r.id(), r.amount(),
        r.currency(), r.withReturn(), r.status(), r.paymentReference(), r.reportedAt())).toList());
  }

  @Override
  public Map<String, Type> parts() {
    return Map.of("refunds", new ParameterizedTypeReference<List<RefundView>>() {}.getType());
  }
}
