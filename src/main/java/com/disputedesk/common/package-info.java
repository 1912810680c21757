/**
 * Shared vocabulary every module may use: money, English free text, problem types, the engine-aligned clock and
 * the API plumbing (RFC 9457 problems, Idempotency-Key replay, the acting party).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.disputedesk.common;
