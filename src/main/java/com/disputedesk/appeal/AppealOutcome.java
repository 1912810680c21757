package com.disputedesk.appeal;

/** UPHELD: the mediators were right (negative for the buyer); OVERTURNED: compensated with coupons. */
public enum AppealOutcome { UPHELD, OVERTURNED }
