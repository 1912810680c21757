/**
 * Runtime plumbing: the embedded PostgreSQL used when no datasource is configured, start-up order (Flyway before
 * the process engine), engine tuning for SLA timers and queues, scheduling.
 */
package com.disputedesk.platform;
