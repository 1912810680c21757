package com.disputedesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Free text by date reads case_word; by any other sort, the GIN index on search_words: both find the same cases,
 * and case_word holds exactly the words the index row holds.
 */
class WordPostingsTest extends IntegrationTest {
  @Autowired CaseIndex index;
  @Autowired CaseSearch search;
  @Autowired JdbcClient jdbc;
  private final String tag = "zq" + System.nanoTime() % 100_000_000L;
  private final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void thePostingsAndTheWordsIndexFindTheSameCasesNewestOrOldestFirst() {
    for (int n = 0; n < 24; n++) {
      index.put(indexed(UUID.randomUUID(), n % 3 == 0 ? CaseKind.COMPLAINT : CaseKind.DISPUTE, n % 2 == 0,
          "Harbor " + tag + " " + n % 4, (n % 2 == 0 ? "Copper kettle " : "Desk lamp ") + n,
          base.minus(Duration.ofHours(n))));
    }
    for (String role : List.of("OPS_LEAD", "MEDIATOR")) {
      as(role);
      for (String text : List.of(tag + " ", tag, tag + " 1 ", tag + " kettle ", tag + " ket", "harbor " + tag + " ",
          "kettle " + tag.substring(0, 5), tag + " lamp 3 ", tag + " nothing ")) {
        for (Boolean open : new Boolean[] {null, true}) {
          var byDate = new CaseQuery(text, null, open, null, null, null, null, null, null, false, CaseQuery.Sort.NEWEST);
          var byDue = new CaseQuery(text, null, open, null, null, null, null, null, null, false, CaseQuery.Sort.DUE);
          var oldest = new CaseQuery(text, null, open, null, null, null, null, null, null, false, CaseQuery.Sort.OLDEST);
          List<FoundCase> newest = search.page(byDate, 0, 100);
          String what = role + " '" + text + "' open=" + open;
          assertThat(ids(newest)).as(what).isEqualTo(ids(search.page(byDue, 0, 100)));
          assertThat(newest).as(what + ", newest first")
              .isSortedAccordingTo(Comparator.comparing(FoundCase::openedAt).reversed());
          assertThat(search.page(oldest, 0, 100)).as(what + ", oldest first").isEqualTo(reversed(newest));
          assertThat(search.count(byDate)).as(what + ", counted").isEqualTo(newest.size())
              .isEqualTo(search.count(byDue));
        }
      }
    }
    var sql = new CaseSearchSql(CaseQuery.of(tag + " ket"), java.util.EnumSet.allOf(CaseKind.class), base, false);
    assertThat(WordPostings.forQuery(jdbc, sql, CaseQuery.Sort.NEWEST)).as("by date: the postings").isNotNull();
    assertThat(WordPostings.forQuery(jdbc, sql, CaseQuery.Sort.DUE)).as("by deadline: the words index").isNull();
    as("OPS_LEAD");
    assertThat(search.count(CaseQuery.of(tag + " "))).isEqualTo(24);
    assertThat(search.page(CaseQuery.of(tag + " 1 "), 0, 100)).hasSize(6);
    assertThat(search.page(CaseQuery.of(tag + " ket"), 2, 5)).as("a later page")
        .isEqualTo(search.page(CaseQuery.of(tag + " ket"), 0, 100).subList(2, 7));
    index.put(indexed(UUID.randomUUID(), CaseKind.DISPUTE, true, "Harbor " + tag, "Desk lampshade", base));
    assertThat(CaseQuery.of(" " + tag + " lamp  ").text()).isEqualTo(tag + " lamp ");
    assertThat(search.count(CaseQuery.of(tag + " lamp "))).as("a space after the last word: the word whole")
        .isEqualTo(12);
    assertThat(search.count(CaseQuery.of(tag + " lamp"))).as("no space: the beginning of a word").isEqualTo(13);
    assertThat(WordPostings.completions(jdbc, "lamp")).contains("lamp", "lampshade");

    for (int i = 0; i <= WordPostings.MAX_COMPLETIONS; i++) {
      index.put(indexed(UUID.randomUUID(), CaseKind.DISPUTE, true, "Harbor " + tag, "Lamp " + tag + "w" + i,
          base.minus(Duration.ofMinutes(i))));
    }
    assertThat(WordPostings.completions(jdbc, tag)).as("too many words begin so: checked on the rows").isNull();
    var begunOften = new CaseQuery("harbor " + tag, null, null, null, null, null, null, null, null, false,
        CaseQuery.Sort.DUE);
    assertThat(ids(search.page(CaseQuery.of("harbor " + tag), 0, 100)))
        .isEqualTo(ids(search.page(begunOften, 0, 100))).hasSize(42);
    assertThat(search.count(CaseQuery.of("harbor " + tag))).isEqualTo(42);
  }

  @Test
  void aChangeOfWordsMovesThePostingsAndAChangeOfStatusWritesNone() {
    UUID id = UUID.randomUUID();
    index.put(indexed(id, CaseKind.DISPUTE, true, "Harbor " + tag, "Copper kettle", base));
    assertThat(posted(id)).isEqualTo(indexedWords(id)).contains(tag, "copper", "kettle");
    List<String> rowVersions = versions(id);
    index.put(indexed(id, CaseKind.DISPUTE, false, "Harbor " + tag, "Copper kettle", base));
    assertThat(versions(id)).as("no word changed, no row written").isEqualTo(rowVersions);

    index.put(indexed(id, CaseKind.DISPUTE, false, "Harbor " + tag, "Brass toaster", base.minusSeconds(600)));
    assertThat(posted(id)).isEqualTo(indexedWords(id)).contains("toaster").doesNotContain("kettle");
    assertThat(jdbc.sql("select count(*) from case_word where case_id = ? and opened_at <> ?").param(id)
        .param(java.sql.Timestamp.from(base.minusSeconds(600))).query(Integer.class).single())
        .as("moved with its opening time").isZero();
    as("ADMIN");
    assertThat(search.page(CaseQuery.of(tag + " kettle "), 0, 10)).isEmpty();
    assertThat(search.page(CaseQuery.of(tag + " toaster "), 0, 10)).extracting(FoundCase::caseId).containsExactly(id);
  }

  private IndexedCase indexed(UUID id, CaseKind kind, boolean open, String store, String title, Instant openedAt) {
    return new IndexedCase(id, kind, id, open ? "ESCALATED" : "CLOSED", open, "NOT_RECEIVED", null,
        "ORD-" + id, "buyer-" + tag, "seller-" + tag, List.of("buyer-" + tag), store, title, null,
        new BigDecimal("100.00"), "RUB", openedAt, null, null, open ? openedAt.plus(Duration.ofDays(3)) : null,
        List.of());
  }

  private Set<String> posted(UUID id) {
    return Set.copyOf(jdbc.sql("select word from case_word where case_id = ?").param(id).query(String.class).list());
  }

  private Set<String> indexedWords(UUID id) {
    return Set.copyOf(jdbc.sql("select unnest(tsvector_to_array(search_words)) from case_index where case_id = ?")
        .param(id).query(String.class).list());
  }

  private List<String> versions(UUID id) {
    return jdbc.sql("select xmin::text from case_word where case_id = ? order by word").param(id)
        .query(String.class).list();
  }

  private static List<FoundCase> reversed(List<FoundCase> found) {
    var copy = new java.util.ArrayList<>(found);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static Set<UUID> ids(List<FoundCase> found) {
    return found.stream().map(FoundCase::caseId).collect(Collectors.toSet());
  }

  private static void as(String role) {
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null,
        AuthorityUtils.createAuthorityList("ROLE_" + role)));
  }
}
