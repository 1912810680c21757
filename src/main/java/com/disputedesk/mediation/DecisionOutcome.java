package com.disputedesk.mediation;

/** A mediator's decision. REJECTED means the seller wins. */
public enum DecisionOutcome { FULL_REFUND, PARTIAL_REFUND, REFUND_WITH_RETURN, REJECTED }
