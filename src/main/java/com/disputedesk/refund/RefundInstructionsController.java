package com.disputedesk.refund;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/refund-instructions")
@Tag(name = "Payments: refund instructions", description = "Role PAYMENTS or MARKETPLACE")
class RefundInstructionsController {
  record RefundInstructionList(List<RefundExecution.RefundInstruction> instructions) {}

  record ExecutionReport(String paymentReference) {}

  record FailureReport(String reason) {}

  private final RefundExecution refunds;

  RefundInstructionsController(RefundExecution refunds) {
    this.refunds = refunds;
  }

  @GetMapping
  @Operation(summary = "Refund instructions to execute (PENDING, oldest first), or those already reported")
  RefundInstructionList list(@RequestParam(defaultValue = "PENDING") RefundExecution.Status status,
      @RequestParam(defaultValue = "100") int limit) {
    return new RefundInstructionList(refunds.withStatus(status, Math.min(Math.max(1, limit), 500)));
  }

  @PostMapping("/{id}/executed")
  @Operation(summary = "The refund was paid; from now on the buyer cannot cancel the dispute. Idempotent")
  RefundExecution.RefundInstruction executed(@PathVariable UUID id, @RequestBody ExecutionReport report,
      Principal payments) {
    return refunds.executed(id, report.paymentReference(), payments.getName());
  }

  @PostMapping("/{id}/failed")
  @Operation(summary = "The refund could not be paid; the reason is shown to the case's mediator. Idempotent")
  RefundExecution.RefundInstruction failed(@PathVariable UUID id, @RequestBody FailureReport report,
      Principal payments) {
    return refunds.failed(id, report.reason(), payments.getName());
  }
}
