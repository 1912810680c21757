package com.disputedesk.refund;

/** The payments system reported what became of a refund instruction (EXECUTED or FAILED); published once. */
public record RefundReported(RefundExecution.RefundInstruction instruction) {}
