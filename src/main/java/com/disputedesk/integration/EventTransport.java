package com.disputedesk.integration;

import java.util.concurrent.CompletableFuture;

/**
 * How an event reaches a receiver. Webhooks over HTTP today; a broker transport (Kafka, AMQP) can implement this
 * when a customer asks, and the ledger's ordering, retries and history stay as they are.
 */
interface EventTransport {
  CompletableFuture<DeliveryResult> deliver(ClaimedDelivery delivery);
}
