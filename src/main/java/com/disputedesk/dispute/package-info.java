/**
 * Order disputes: opening (one per order, ever), negotiation between buyer and seller, escalation by the buyer or by
 * the {@code negotiation} timer, cancellation, evidence, and the marketplace API for all of it. The
 * {@code DisputeCaseProcess} BPMN drives each case; this module owns the dispute's state.
 */
package com.disputedesk.dispute;
