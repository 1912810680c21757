package com.disputedesk.appeal;

import java.util.UUID;

public record FeedbackReceived(UUID disputeId, UUID appealId, int round, int rating) {}
