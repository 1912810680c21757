package com.disputedesk.complaint;

/** A report as the marketplace sends it (API.md). Validated by {@link ComplaintFiling}, field by field. */
public record FileComplaintRequest(String type, String subReason, String productUrl, String accusedSellerId,
    String description) {}
