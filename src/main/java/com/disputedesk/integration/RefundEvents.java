package com.disputedesk.integration;

import com.disputedesk.common.Money;
import com.disputedesk.refund.RefundExecution;
import com.disputedesk.refund.RefundInstructed;
import com.disputedesk.refund.RefundReported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Refund instructions and what the payments system reported, as integration events of their dispute's case. */
@Component
class RefundEvents {
  private final EventLog log;

  RefundEvents(EventLog log) {
    this.log = log;
  }

  @EventListener
  void on(RefundInstructed e) {
    var i = e.instruction();
    log.append(EventType.REFUND_INSTRUCTED, i.disputeId(), new DisputeEventData.RefundInstructed(i.id(),
        i.disputeId(), i.orderId(), i.buyerId(), new Money(i.amount(), i.currency()), i.withReturn()));
  }

  @EventListener
  void on(RefundReported e) {
    RefundExecution.RefundInstruction i = e.instruction();
    Money amount = new Money(i.amount(), i.currency());
    if (i.status() == RefundExecution.Status.EXECUTED) {
      log.append(EventType.REFUND_EXECUTED, i.disputeId(), new DisputeEventData.RefundExecuted(i.id(),
          i.disputeId(), amount, i.paymentReference()));
    } else {
      log.append(EventType.REFUND_FAILED, i.disputeId(), new DisputeEventData.RefundFailed(i.id(), i.disputeId(),
          amount, i.failureReason()));
    }
  }
}
