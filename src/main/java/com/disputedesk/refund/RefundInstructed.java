package com.disputedesk.refund;

/** A refund instruction was written for the payments system; published once per instruction. */
public record RefundInstructed(RefundInstructions.Instruction instruction) {}
