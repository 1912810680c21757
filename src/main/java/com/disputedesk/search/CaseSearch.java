package com.disputedesk.search;

import com.disputedesk.worklist.WorkItem;
import com.disputedesk.worklist.Worklist;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases of every kind in any state, only of the kinds the signed-in person's roles may open: the roles are
 * read here, not passed in, so no screen can forget them.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {
  /** Counts stop here: "1000+" says enough and keeps a broad search as fast as a narrow one. */
  public static final int COUNT_CAP = 1000;
  private final JdbcClient jdbc;
  private final Worklist worklist;
  private final Clock clock;

  CaseSearch(JdbcClient jdbc, Worklist worklist, Clock clock) {
    this.jdbc = jdbc;
    this.worklist = worklist;
    this.clock = clock;
  }

  public List<FoundCase> page(CaseQuery query, int offset, int limit) {
    Set<CaseKind> kinds = visibleKinds();
    if (kinds.isEmpty()) {
      return List.of();
    }
    CaseSearchSql sql = sql(query, kinds);
    WordPostings postings = WordPostings.forQuery(jdbc, sql, query.sort());
    if (postings != null) {
      return withWork(jdbc.sql(postings.page()).params(postings.params).param("offset", offset)
          .param("limit", limit).query(CaseSearch::map).list());
    }
    String order = " order by " + CaseSearchSql.orderBy(query.sort()) + " offset :offset limit :limit";
    if (sql.free != null && estimate(sql) <= FEW_MATCHES) {
      // Words few cases have: all of them through the words index, sorted here. Walking the date index instead,
      // in the hope of meeting them early, read 200 000 rows for a store whose cases are all a few months old.
      return withWork(jdbc.sql("select * from (select * from " + sql.rows() + " offset 0) c" + order)
          .params(sql.params).param("offset", offset).param("limit", limit).query(CaseSearch::map).list());
    }
    // an exact key's handful, or words many cases have: the newest are met at once along the date index
    return withWork(jdbc.sql("select * from " + sql.rows() + order)
        .params(sql.params).param("offset", offset).param("limit", limit).query(CaseSearch::map).list());
  }

  /** Up to this many matches, reading them all and sorting beats walking the date index (SearchBenchmark). */
  static final int FEW_MATCHES = 5_000;
  private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern.compile("rows=(\\d+)");

  /** The planner's own count of the matches, from the words' statistics: no row is read. */
  private long estimate(CaseSearchSql sql) {
    String plan = jdbc.sql("explain select 1 from " + sql.rows()).params(sql.params).query(String.class).list()
        .get(0);
    java.util.regex.Matcher m = PLAN_ROWS.matcher(plan);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  /** How many cases match, up to {@link #COUNT_CAP} + 1 (more than the cap reads as "over a thousand"). */
  public int count(CaseQuery query) {
    Set<CaseKind> kinds = visibleKinds();
    if (kinds.isEmpty()) {
      return 0;
    }
    CaseSearchSql sql = sql(query, kinds);
    WordPostings postings = WordPostings.forQuery(jdbc, sql, query.sort());
    if (postings != null) {
      return jdbc.sql(postings.count()).params(postings.params).param("cap", COUNT_CAP + 1).query(Integer.class)
          .single();
    }
    return jdbc.sql("select count(*) from (select 1 from " + sql.rows() + " limit :cap) n")
        .params(sql.params).param("cap", COUNT_CAP + 1).query(Integer.class).single();
  }

  /** Every case a party is or was part of, of the kinds the user may open, newest first (a party's record). */
  public List<FoundCase> ofParty(String partyId, int offset, int limit) {
    return withWork(jdbc.sql("select * from case_index where parties @> cast(:party as text[]) and kind = any(:kinds) "
            + "order by opened_at desc, case_id desc offset :offset limit :limit")
        .param("party", new String[] {partyId}).param("kinds", kindNames()).param("offset", offset)
        .param("limit", limit).query(CaseSearch::map).list());
  }

  public int countOfParty(String partyId) {
    return jdbc.sql("select count(*) from case_index where parties @> cast(:party as text[]) and kind = any(:kinds)")
        .param("party", new String[] {partyId}).param("kinds", kindNames()).query(Integer.class).single();
  }

  /** A party's cases counted by kind, side, outcome and whether open: one grouped scan of the party's rows. */
  public PartyTally tallyOf(String partyId) {
    var rows = jdbc.sql("""
            select kind, case when buyer_id = :party then 'BUYER' when seller_id = :party then 'SELLER'
                   else 'OTHER' end, outcome, open, count(*)
            from case_index where parties @> cast(:parties as text[]) and kind = any(:kinds)
            group by 1, 2, 3, 4""")
        .param("party", partyId).param("parties", new String[] {partyId}).param("kinds", kindNames())
        .query((rs, n) -> new PartyTally.Row(CaseKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            rs.getBoolean(4), rs.getInt(5))).list();
    return new PartyTally(rows, overturnedRejections(partyId));
  }

  /** A buyer's disputes the mediators rejected and an appeal overturned: won after all, in coupons. */
  private int overturnedRejections(String partyId) {
    if (!visibleKinds().containsAll(java.util.EnumSet.of(CaseKind.DISPUTE, CaseKind.APPEAL))) {
      return 0;
    }
    return jdbc.sql("""
            select count(*) from case_index d join case_index a on a.link_id = d.case_id
            where d.parties @> cast(:parties as text[]) and a.parties @> cast(:parties as text[])
              and d.kind = 'DISPUTE' and d.buyer_id = :party and d.outcome = 'REJECTED'
              and a.kind = 'APPEAL' and a.outcome = 'OVERTURNED'""")
        .param("party", partyId).param("parties", new String[] {partyId}).query(Integer.class).single();
  }

  private String[] kindNames() {
    return visibleKinds().stream().map(Enum::name).toArray(String[]::new);
  }

  public static Set<CaseKind> visibleKinds() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return Set.of();
    }
    return CaseKind.visibleTo(auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet()));
  }

  /**
   * An exact key wins: a text that is some visible case's id, order, party, tracking number or coupon code finds
   * those cases only (one B-tree lookup in case_key); any other text is matched as words (full-text search).
   */
  private CaseSearchSql sql(CaseQuery query, Set<CaseKind> kinds) {
    boolean exact = query.text() != null && jdbc.sql("select exists (select 1 from case_key k join case_index c "
            + "using (case_id) where k.key = :key and c.kind = any(:kinds))")
        .param("key", CaseIndex.lower(query.text()))
        .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new)).query(Boolean.class).single();
    if (!exact && query.text() != null) {
      // words differ wildly in how many cases have them: plan for these words, never a generic plan
      jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
    return new CaseSearchSql(query, kinds, clock.instant(), exact);
  }

  private List<FoundCase> withWork(List<FoundCase> found) {
    Map<UUID, List<WorkItem>> tasks = worklist.openTasksOf(found.stream().map(FoundCase::linkId).distinct().toList());
    return found.stream().map(f -> {
      WorkItem task = tasks.getOrDefault(f.linkId(), List.of()).stream()
          .filter(t -> belongsTo(t, f.kind())).findFirst().orElse(null);
      return task == null ? f : f.withWork(task.stage(), task.assignee(), task.slaDueAt());
    }).toList();
  }

  /** An appeal's tasks and its dispute's share the dispute's id: the appeal review tasks are the appeal's. */
  private static boolean belongsTo(WorkItem task, CaseKind kind) {
    boolean appealTask = task.caseType().startsWith("Appeal");
    return kind == CaseKind.APPEAL ? appealTask : !appealTask;
  }

  private static FoundCase map(ResultSet rs, int n) throws SQLException {
    return new FoundCase(rs.getObject("case_id", UUID.class), CaseKind.valueOf(rs.getString("kind")),
        rs.getObject("link_id", UUID.class), rs.getString("status"), rs.getBoolean("open"), rs.getString("reason"),
        rs.getString("outcome"), rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("seller_id"),
        rs.getString("store_name"), rs.getString("title"), rs.getBigDecimal("amount"), rs.getString("currency"),
        instant(rs, "opened_at"), instant(rs, "decided_at"), rs.getString("decided_by"), instant(rs, "sla_due_at"),
        null, null);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
