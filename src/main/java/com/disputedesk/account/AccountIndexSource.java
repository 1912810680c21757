package com.disputedesk.account;

import com.disputedesk.search.CaseIndexSource;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.IndexedCase;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An account review as search finds it: by the party under review, and by the dispute or complaint behind it. */
@Component
class AccountIndexSource implements CaseIndexSource {
  private final AccountRepository accounts;
  private final JdbcClient jdbc;

  AccountIndexSource(AccountRepository accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  @Override
  public List<IndexedCase> touchedBy(UUID caseId) {
    return accounts.find(caseId).map(AccountIndexSource::indexed).stream().toList();
  }

  @Override
  public List<UUID> caseIds(UUID after, int limit) {
    return CaseIndexSource.idsAfter(jdbc, "account_review", after, limit);
  }

  private static IndexedCase indexed(AccountReview r) {
    boolean open = r.status().open();
    return new IndexedCase(r.id(), CaseKind.ACCOUNT_REVIEW, r.id(), r.status().name(), open, r.trigger().name(),
        open ? null : r.status().name(), null, null, null, List.of(r.partyId()), null, r.partyId(), null, null, null,
        r.openedAt(), r.decidedAt(), r.decidedBy(), open ? r.reviewDueAt() : null, List.of(r.sourceId().toString()));
  }
}
