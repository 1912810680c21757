package com.disputedesk.complaint;

import java.util.UUID;

/** A report was filed; {@code newCase}: the first about its listing, so the accused is asked to answer. */
public record ComplaintFiled(UUID caseId, UUID complaintId, boolean newCase) {}
