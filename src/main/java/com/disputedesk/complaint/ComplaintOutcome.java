package com.disputedesk.complaint;

/** How a complaint case ended. */
public enum ComplaintOutcome { DISMISSED, UPHELD }
