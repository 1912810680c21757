package com.disputedesk.common.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Budgets for what one caller may change per minute (Bucket4j token buckets): each acting party has one for writes
 * and a smaller one for uploads, each API client one for all its writes. Kept per node, in memory: n nodes allow n
 * times the budget, which is still a bound; a restart refills them.
 */
@Component
class RateLimits {
  enum Budget { PARTY_WRITES, PARTY_UPLOADS, CLIENT_WRITES }

  private static final int MAX_BUCKETS = 200_000;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int partyWrites;
  private final int partyUploads;
  private final int clientWrites;

  RateLimits(@Value("${disputedesk.rate-limit.party-writes-per-minute:60}") int partyWrites,
      @Value("${disputedesk.rate-limit.party-uploads-per-minute:20}") int partyUploads,
      @Value("${disputedesk.rate-limit.client-writes-per-minute:6000}") int clientWrites) {
    this.partyWrites = partyWrites;
    this.partyUploads = partyUploads;
    this.clientWrites = clientWrites;
  }

  /** Takes one unit of each budget the call draws on; the wait until the first exhausted one refills, if any. */
  Optional<Duration> take(String client, String party, boolean upload) {
    // the party's budget first: a party held back does not use up its client's budget for everyone else
    Optional<Duration> wait = party == null ? Optional.empty() : upload
        ? take(Budget.PARTY_UPLOADS, client + "/" + party, partyUploads)
        : take(Budget.PARTY_WRITES, client + "/" + party, partyWrites);
    return wait.isPresent() ? wait : take(Budget.CLIENT_WRITES, client, clientWrites);
  }

  void reset() {
    buckets.clear();
  }

  private Optional<Duration> take(Budget budget, String key, int perMinute) {
    if (buckets.size() > MAX_BUCKETS) {
      buckets.clear(); // an attacker inventing party ids must not fill the heap; everyone starts with a full budget
    }
    Bucket bucket = buckets.computeIfAbsent(budget + ":" + key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build());
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }
}
