package com.disputedesk.appeal;

import java.util.UUID;

/** The buyer appealed; the commission's review is due at the appeal's {@code reviewDueAt}. */
public record AppealFiled(UUID disputeId, UUID appealId) {}
