package com.disputedesk.search;

import com.disputedesk.timeline.CaseChanged;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step: every case a transaction added a step to is re-read from its owner just before that
 * transaction commits, so the index row and the change commit (or roll back) together, once per case.
 */
@Component
class CaseIndexProjection {
  private final List<CaseIndexSource> sources;
  private final CaseIndex index;

  CaseIndexProjection(List<CaseIndexSource> sources, CaseIndex index) {
    this.sources = sources;
    this.index = index;
  }

  @EventListener
  void on(CaseChanged e) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      refresh(e.caseId());
      return;
    }
    @SuppressWarnings("unchecked")
    Set<UUID> pending = (Set<UUID>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Set<UUID> cases = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, cases);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          cases.forEach(CaseIndexProjection.this::refresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CaseIndexProjection.this);
        }
      });
      pending = cases;
    }
    pending.add(e.caseId());
  }

  void refresh(UUID caseId) {
    sources.forEach(s -> s.touchedBy(caseId).forEach(index::put));
  }
}
