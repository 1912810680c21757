package com.disputedesk.appeal;

import java.util.UUID;

public record AppealWithdrawn(UUID disputeId, UUID appealId) {}
