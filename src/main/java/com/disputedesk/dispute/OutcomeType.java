package com.disputedesk.dispute;

/** What a party asks for or offers. REPLACEMENT is only a seller's proposal. */
public enum OutcomeType { FULL_REFUND, PARTIAL_REFUND, REFUND_WITH_RETURN, REPLACEMENT }
