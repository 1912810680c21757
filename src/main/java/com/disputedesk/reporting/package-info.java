/**
 * Read-only figures for leads: queue sizes, due today and breached, SLA breaches over time, time per stage,
 * per-mediator SLA compliance. Aggregates over the other modules' tables; changes nothing.
 */
package com.disputedesk.reporting;
