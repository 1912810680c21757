package com.disputedesk.integration;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves deliveries from the ledger to the transport: woken after each commit that queued one, and polling for
 * retries and for what another node left. At most {@code parallelism} attempts are in flight per node; each result
 * is recorded at once and frees the case's next event.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final long GATHER_MILLIS = 3;
  private final DeliveryLedger ledger;
  private final EventTransport transport;
  private final Duration poll;
  private final Semaphore slots;
  private final AtomicBoolean woken = new AtomicBoolean();
  private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "webhook-dispatcher");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean running;

  WebhookDispatcher(DeliveryLedger ledger, EventTransport transport,
      @Value("${disputedesk.webhooks.poll:PT1S}") Duration poll,
      @Value("${disputedesk.webhooks.parallelism:16}") int parallelism) {
    this.ledger = ledger;
    this.transport = transport;
    this.poll = poll;
    this.slots = new Semaphore(parallelism);
  }

  /** Wakes the loop once the current transaction committed (its deliveries are invisible to the loop before). */
  void wakeAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      wake();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        wake();
      }
    });
  }

  void wake() {
    if (running && woken.compareAndSet(false, true)) {
      loop.execute(this::drainNow);
    }
  }

  /** After an attempt: waits a moment, so the slots freed meanwhile are filled by one claim instead of one each. */
  private void wakeSoon() {
    if (running && woken.compareAndSet(false, true)) {
      loop.schedule(this::drainNow, GATHER_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void drainNow() {
    woken.set(false);
    drainQuietly();
  }

  private void drainQuietly() {
    try {
      while (running) {
        int free = slots.availablePermits();
        if (free == 0) {
          return; // a finishing attempt wakes the loop again
        }
        List<ClaimedDelivery> claimed = ledger.claim(free);
        if (claimed.isEmpty()) {
          return;
        }
        claimed.forEach(this::send);
      }
    } catch (RuntimeException e) {
      log.warn("Webhook dispatch stopped a round, the next poll tries again: {}", e.toString());
    }
  }

  private void send(ClaimedDelivery delivery) {
    slots.acquireUninterruptibly();
    transport.deliver(delivery).whenComplete((result, failure) -> {
      try {
        ledger.record(delivery, result != null ? result
            : DeliveryResult.failed(String.valueOf(failure), 0));
      } catch (RuntimeException e) {
        log.warn("Could not record webhook attempt {} (the lease runs out and it is tried again): {}",
            delivery.deliveryId(), e.toString());
      } finally {
        slots.release();
        wakeSoon();
      }
    });
  }

  @Override
  public void start() {
    running = true;
    loop.scheduleWithFixedDelay(this::wake, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @PreDestroy
  void shutdown() {
    loop.shutdownNow();
  }
}
