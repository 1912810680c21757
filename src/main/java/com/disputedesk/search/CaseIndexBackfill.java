package com.disputedesk.search;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the index from the cases themselves when it is empty (the first start after the index arrived, or a
 * restored database), a batch per transaction; from then on the projection keeps it.
 */
@Component
@Order(0)
class CaseIndexBackfill implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(CaseIndexBackfill.class);
  private static final int BATCH = 500;
  private final List<CaseIndexSource> sources;
  private final CaseIndexProjection projection;
  private final CaseIndex index;
  private final TransactionTemplate tx;

  CaseIndexBackfill(List<CaseIndexSource> sources, CaseIndexProjection projection, CaseIndex index,
      TransactionTemplate tx) {
    this.sources = sources;
    this.projection = projection;
    this.index = index;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (Boolean.TRUE.equals(tx.execute(s -> index.isEmpty()))) {
      log.info("Case search index: built from {} cases", rebuild());
    }
  }

  /** Re-reads every case from its owner; returns how many case ids were read. */
  int rebuild() {
    int read = 0;
    for (CaseIndexSource source : sources) {
      UUID after = null;
      while (true) {
        UUID from = after;
        List<UUID> ids = source.caseIds(from, BATCH);
        if (ids.isEmpty()) {
          break;
        }
        tx.executeWithoutResult(s -> ids.forEach(projection::refresh));
        read += ids.size();
        after = ids.get(ids.size() - 1);
      }
    }
    return read;
  }
}
