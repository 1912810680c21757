package com.disputedesk.complaint;

/** What an upheld complaint costs the accused; MEMBERSHIP_CANCELLATION only after a notice and a second period. */
public enum Sanction { WARNING, LISTING_REMOVAL, ACCOUNT_SUSPENSION, MEMBERSHIP_CANCELLATION }
