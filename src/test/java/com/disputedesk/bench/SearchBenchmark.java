package com.disputedesk.bench;

import com.disputedesk.search.CaseQuery;
import com.disputedesk.search.CaseSearch;
import com.disputedesk.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Prints figures ({@code ./mvnw -B verify -Pbench}): case search over 1 000 000 closed and 100 000 open cases,
 * first page of 50 and count, exact keys and free text, beside a plain {@code ILIKE} scan of the same rows; and a
 * party record of a seller with 1 000 disputes.
 */
class SearchBenchmark extends IntegrationTest {
  private static final int OPEN = Integer.getInteger("bench.open", 100_000);
  private static final int CLOSED = Integer.getInteger("bench.closed", 1_000_000);
  private static final String[] ITEMS = {"Wireless earbuds", "Phone case", "Smart watch", "Winter jacket",
      "Running shoes", "Coffee grinder", "Baby stroller", "LED desk lamp", "Gaming mouse", "Silk scarf"};
  @Autowired CaseSearch search;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    jdbc.sql("delete from case_word where case_id in (select case_id from case_index where order_id like 'sb-%')")
        .update();
    jdbc.sql("delete from case_index where order_id like 'sb-%'").update();
    SecurityContextHolder.clearContext();
  }

  @Test
  void searchAtScaleAgainstAPlainIlikeScan() {
    long start = System.nanoTime();
    rows(CLOSED, false, 0);
    rows(OPEN, true, CLOSED);
    // the seller of the party-record figure: 1 000 disputes of their own
    jdbc.sql("update case_index set seller_id = 'sb-big-seller', parties = array[buyer_id, 'sb-big-seller'], "
        + "keys = keys || 'sb-big-seller'::text where order_id in (select 'sb-ORD-' || g from generate_series(1, 1000) g)")
        .update();
    jdbc.sql("insert into case_key (key, case_id) select 'sb-big-seller', case_id from case_index "
        + "where seller_id = 'sb-big-seller'").update();
    // as autovacuum leaves a table that stopped changing: statistics, and pages marked all-visible
    jdbc.sql("vacuum analyze case_index").update();
    jdbc.sql("vacuum analyze case_key").update();
    jdbc.sql("vacuum analyze case_word").update();
    System.out.printf("%n[bench] search data: %d closed and %d open cases indexed in %.0f s%n", CLOSED, OPEN,
        (System.nanoTime() - start) / 1e9);
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
        AuthorityUtils.createAuthorityList("ROLE_OPS_LEAD")));

    warm();
    report("exact order id", Latencies.of(200, i -> firstPageAndCount("sb-ORD-" + (i * 2_131 % CLOSED + 1))));
    report("exact buyer id", Latencies.of(200, i -> firstPageAndCount("sb-buyer-" + (i * 37 % 90_000))));
    report("exact tracking number", Latencies.of(200, i -> firstPageAndCount("SBTRK" + (i * 4_099 % CLOSED + 1))));
    report("free text, part of a title and number",
        Latencies.of(150, i -> firstPageAndCount("earbuds " + (i * 7 % 900 + 100))));
    report("free text, a common word", Latencies.of(150, i -> firstPageAndCount(ITEMS[i % ITEMS.length]
        .split(" ")[1])));
    TopStatements.reset(jdbc);
    report("free text, part of a store name", Latencies.of(150, i -> firstPageAndCount("store " + (i % 500) + " ")));
    TopStatements.print(jdbc, "store-name search", 8);
    TopStatements.reset(jdbc);
    report("free text, part of a store name and a title word begun (\"store 42 sma\")",
        Latencies.of(150, i -> firstPageAndCount("store " + ((i + 250) % 500) + " "
            + ITEMS[(i + 250) % 10].substring(0, 3).toLowerCase(java.util.Locale.ROOT))));
    TopStatements.print(jdbc, "begun search", 6);
    report("free text, part of a store name, through the words index (GIN) alone, as before",
        Latencies.of(150, i -> throughTheWordsIndex("store & " + ((i + 150) % 500))));
    Latencies ilike = Latencies.of(10, i -> jdbc.sql("select case_id from case_index where (title || ' ' || "
            + "coalesce(store_name, '')) ilike ? order by opened_at desc limit 50")
        .param("%earbuds " + (i * 7 % 900 + 100) + "%").query(String.class).list());
    report("plain ILIKE scan, same title search", ilike);
    Latencies party = Latencies.of(50, i -> {
      search.tallyOf("sb-big-seller");
      search.ofParty("sb-big-seller", 0, 50);
      search.countOfParty("sb-big-seller");
    });
    report("party record of a seller with 1 000 disputes (tally, first page, count)", party);
    explain("select c.* from (select opened_at, case_id from case_word where word = '42') d join case_index c "
        + "using (case_id) where exists (select 1 from case_word o where o.word = 'store' and o.opened_at = d.opened_at "
        + "and o.case_id = d.case_id) order by d.opened_at desc, d.case_id desc limit 50");
    explain("select count(*) from (select 1 from case_word d where word = '42' and exists (select 1 from case_word o "
        + "where o.word = 'store' and o.opened_at = d.opened_at and o.case_id = d.case_id) limit 1001) n");
    explain("with recursive w(word) as ((select word from case_word where word like 'sma%' order by word limit 1) "
        + "union all select (select c.word from case_word c where c.word > w.word and c.word like 'sma%' "
        + "order by c.word limit 1) from w where w.word is not null) select word from w where word is not null limit 17");
    explain("select * from case_index where search_words @@ to_tsquery('simple', 'store & 42') "
        + "order by opened_at desc, case_id desc limit 50");
    explain("select count(*) from (select 1 from case_index where search_words @@ to_tsquery('simple', 'store & 42') "
        + "limit 1001) n");
  }

  private void firstPageAndCount(String text) {
    CaseQuery q = CaseQuery.of(text);
    search.page(q, 0, 50);
    search.count(q);
  }

  /** The plan before case_word: the matches through the GIN index, sorted; then the count the same way. */
  private void throughTheWordsIndex(String words) {
    // the words inline, as a custom plan sees them (they are digits and letters)
    String match = "search_words @@ to_tsquery('simple', '" + words + "')";
    jdbc.sql("select case_id from (select * from case_index where " + match + " offset 0) c "
        + "order by opened_at desc, case_id desc limit 50").query(String.class).list();
    jdbc.sql("select count(*) from (select 1 from case_index where " + match + " limit 1001) n")
        .query(Integer.class).single();
  }

  private void warm() {
    for (int i = 0; i < 50; i++) {
      firstPageAndCount("sb-ORD-" + (i + 1));
      firstPageAndCount("earbuds " + (i + 100));
    }
  }

  private void explain(String sql) {
    System.out.println("[bench] " + sql);
    jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()
        .forEach(line -> System.out.println("[bench]   " + line));
  }

  private static void report(String what, Latencies l) {
    System.out.printf("[bench] search %s: %s%n", what, l);
  }

  /** {@code n} index rows as the projection writes them: keys, lower-case search text and its words. */
  private void rows(int n, boolean open, int offset) {
    jdbc.sql("""
            insert into case_index (case_id, kind, link_id, status, open, reason, outcome, order_id, buyer_id,
              seller_id, parties, store_name, title, tracking_number, amount, currency, opened_at, decided_at,
              decided_by, sla_due_at, keys, search_text, search_words, indexed_at)
            select id, 'DISPUTE', id, s, :open, 'NOT_RECEIVED', o, 'sb-ORD-' || g, 'sb-buyer-' || (g % 90000),
              'sb-seller-' || (g % 7000), array['sb-buyer-' || (g % 90000), 'sb-seller-' || (g % 7000)],
              'Store ' || (g % 500) || ' ' || (g % 7000), t, 'SBTRK' || g, 1000 + g % 5000, 'RUB',
              now() - (g % 700) * interval '1 day', d, m, due, k, txt,
              to_tsvector('simple', regexp_replace(txt, '[^[:alnum:]]+', ' ', 'g')), now()
            from (select *, array[lower(id::text), 'sb-ord-' || g, 'sb-buyer-' || (g % 90000),
                    'sb-seller-' || (g % 7000), 'sbtrk' || g] k,
                    lower(id::text || ' sb-ord-' || g || ' sb-buyer-' || (g % 90000) || ' sb-seller-' || (g % 7000)
                      || ' sbtrk' || g || ' store ' || (g % 500) || ' ' || (g % 7000) || ' ' || t) txt
                  from (select gen_random_uuid() id, g, (cast(:items as text[]))[1 + g % 10] || ' ' || (g % 1000) t,
                          case when :open then 'ESCALATED' else 'CLOSED' end s,
                          case when :open then null else 'FULL_REFUND' end o,
                          case when :open then null else now() - (g % 700) * interval '1 day' + interval '3 days' end d,
                          case when :open then null else 'mediator' || (g % 40) end m,
                          case when :open then now() + (g % 20 - 3) * interval '1 day' end due
                        from generate_series(:from, :to) g) r) w""")
        .param("open", open).param("items", ITEMS).param("from", offset + 1).param("to", offset + n).update();
    jdbc.sql("""
            insert into case_key (key, case_id)
            select unnest(keys), case_id from case_index where order_id in
              (select 'sb-ORD-' || g from generate_series(:from, :to) g)""")
        .param("from", offset + 1).param("to", offset + n).update();
    jdbc.sql("""
            insert into case_word (word, opened_at, case_id)
            select w, opened_at, case_id from case_index, unnest(tsvector_to_array(search_words)) w where order_id in
              (select 'sb-ORD-' || g from generate_series(:from, :to) g)
            order by 1, 2, 3""")
        .param("from", offset + 1).param("to", offset + n).update();
  }
}
