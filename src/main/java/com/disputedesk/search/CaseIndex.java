package com.disputedesk.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the search index: one row per case, replaced whole. */
@Repository
class CaseIndex {
  private final JdbcClient jdbc;
  private final Clock clock;
  private final List<CaseKeyContributor> contributors;

  CaseIndex(JdbcClient jdbc, Clock clock, List<CaseKeyContributor> contributors) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.contributors = contributors;
  }

  void put(IndexedCase c) {
    Set<String> keys = keys(c);
    String text = Stream.concat(keys.stream(), Stream.of(c.storeName(), c.title()))
        .filter(Objects::nonNull).map(CaseIndex::lower).distinct().collect(Collectors.joining(" "));
    var before = PostedWords.lockedBefore(jdbc, c.caseId());
    PostedWords.Words after = jdbc.sql("""
            insert into case_index (case_id, kind, link_id, status, open, reason, outcome, order_id, buyer_id,
              seller_id, parties, store_name, title, tracking_number, amount, currency, opened_at, decided_at,
              decided_by, sla_due_at, keys, search_text, search_words, indexed_at)
            values (:id, :kind, :link, :status, :open, :reason, :outcome, :order, :buyer, :seller, :parties, :store,
              :title, :tracking, :amount, :currency, :opened, :decided, :decidedBy, :due, :keys, :text,
              to_tsvector('simple', regexp_replace(:text, '[^[:alnum:]]+', ' ', 'g')), :now)
            on conflict (case_id) do update set kind = excluded.kind, link_id = excluded.link_id,
              status = excluded.status, open = excluded.open, reason = excluded.reason, outcome = excluded.outcome,
              order_id = excluded.order_id, buyer_id = excluded.buyer_id, seller_id = excluded.seller_id,
              parties = excluded.parties, store_name = excluded.store_name, title = excluded.title,
              tracking_number = excluded.tracking_number, amount = excluded.amount, currency = excluded.currency,
              opened_at = excluded.opened_at, decided_at = excluded.decided_at, decided_by = excluded.decided_by,
              sla_due_at = excluded.sla_due_at, keys = excluded.keys, search_text = excluded.search_text,
              search_words = excluded.search_words, indexed_at = excluded.indexed_at
            returning opened_at, tsvector_to_array(search_words)""")
        .param("id", c.caseId()).param("kind", c.kind().name()).param("link", c.linkId())
        .param("status", c.status()).param("open", c.open()).param("reason", c.reason())
        .param("outcome", c.outcome()).param("order", c.orderId()).param("buyer", c.buyerId())
        .param("seller", c.sellerId()).param("parties", c.parties().toArray(String[]::new))
        .param("store", c.storeName()).param("title", c.title()).param("tracking", c.trackingNumber())
        .param("amount", c.amount()).param("currency", c.currency()).param("opened", ts(c.openedAt()))
        .param("decided", ts(c.decidedAt())).param("decidedBy", c.decidedBy()).param("due", ts(c.slaDueAt()))
        .param("keys", keys.toArray(String[]::new)).param("text", text).param("now", ts(clock.instant()))
        .query(PostedWords::read).single();
    PostedWords.replace(jdbc, c.caseId(), before, after);
    // the exact keys' own rows: what the case no longer has goes, what it gained comes
    String[] keyArray = keys.toArray(String[]::new);
    jdbc.sql("delete from case_key where case_id = :id and not (key = any(cast(:keys as text[])))")
        .param("id", c.caseId()).param("keys", keyArray).update();
    jdbc.sql("insert into case_key (key, case_id) select unnest(cast(:keys as text[])), :id on conflict do nothing")
        .param("id", c.caseId()).param("keys", keyArray).update();
  }

  boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from case_index)").query(Boolean.class).single();
  }

  private Set<String> keys(IndexedCase c) {
    Set<String> keys = new LinkedHashSet<>();
    Stream.of(c.caseId().toString(), c.linkId().toString(), c.orderId(), c.buyerId(), c.sellerId(),
        c.trackingNumber()).filter(Objects::nonNull).forEach(k -> keys.add(lower(k)));
    c.parties().forEach(p -> keys.add(lower(p)));
    c.keys().forEach(k -> keys.add(lower(k)));
    contributors.forEach(k -> k.keysOf(c.kind(), c.linkId()).forEach(key -> keys.add(lower(key))));
    return keys;
  }

  static String lower(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
