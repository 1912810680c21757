/**
 * Integration events for the systems that act on DisputeDesk's decisions: every such change is stored as an event in
 * the transaction of the change ({@link com.disputedesk.integration.EventLog}), delivered to registered webhook
 * endpoints (Standard Webhooks 1.0, at least once, in order per case) and readable as a feed with a cursor.
 */
package com.disputedesk.integration;
