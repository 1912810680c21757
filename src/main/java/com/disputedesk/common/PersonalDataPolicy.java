package com.disputedesk.common;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long finished cases keep their personal data ({@code disputedesk.retention.personal-data}, 2 years by default,
 * never below 30 days) and the pseudonym that replaces a party's id afterwards: an HMAC of the id under
 * {@code disputedesk.retention.pseudonym-key}, so one party keeps one pseudonym across cases, modules and reports.
 */
@Component
public class PersonalDataPolicy {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonalDataPolicy.class);
  /** What replaces a removed free text. */
  public static final String REMOVED = "[removed after the retention period]";
  private final Duration keep;
  private final SecretKeySpec key;
  private final Clock clock;

  PersonalDataPolicy(@Value("${disputedesk.retention.personal-data:P730D}") Duration keep,
      @Value("${disputedesk.retention.pseudonym-key:disputedesk}") String key, Clock clock) {
    if (keep.compareTo(Duration.ofDays(30)) < 0) {
      throw new IllegalStateException("disputedesk.retention.personal-data must be at least 30 days, not " + keep);
    }
    this.keep = keep;
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = clock;
  }

  public Duration keep() {
    return keep;
  }

  /** Cases finished before this instant are pseudonymised. */
  public Instant cutoff() {
    return clock.instant().minus(keep);
  }

  /**
   * Runs {@code page} (one transaction each, returning how many cases it pseudonymised) until a page finds none,
   * logs the total as {@code what}, and returns it.
   */
  public int inPages(String what, org.springframework.transaction.support.TransactionTemplate transactions,
      java.util.function.IntSupplier page) {
    int total = 0;
    for (int done = transactions.execute(tx -> page.getAsInt()); done > 0;
        done = transactions.execute(tx -> page.getAsInt())) {
      total += done;
    }
    if (total > 0) {
      log.info("Retention: pseudonymised {} {} finished more than {} ago", total, what, keep);
    }
    return total;
  }

  /** {@code role}-{first 16 hex digits of the HMAC of the id}, e.g. {@code buyer-3f1c…}. */
  public String pseudonym(String role, String partyId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return role + "-" + HexFormat.of().formatHex(mac.doFinal(partyId.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
