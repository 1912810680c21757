package com.disputedesk.coupon;

import java.math.BigDecimal;
import java.util.UUID;

public record CouponsIssued(UUID disputeId, UUID appealId, String buyerId, int count, BigDecimal total,
    String currency) {}
