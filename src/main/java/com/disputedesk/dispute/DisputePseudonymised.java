package com.disputedesk.dispute;

import java.util.UUID;

/**
 * A finished dispute's personal data passed its retention period: each module removes the parties' free texts and
 * contact details from its own rows of the case and writes the pseudonyms for their ids. Published in the
 * transaction of the dispute's own change.
 */
public record DisputePseudonymised(UUID disputeId, String buyerId, String buyerPseudonym, String sellerId,
    String sellerPseudonym) {}
