package com.disputedesk.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorklistRepository {
  private final JdbcClient jdbc;

  WorklistRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String taskId, UUID caseId, String caseType, String taskKey, String processInstanceId,
      String candidateGroup, String assignee, CaseSummary s, Instant now) {
    jdbc.sql("""
            insert into worklist_item (task_id, case_id, case_type, task_key, process_instance_id, candidate_group,
              assignee, title, stage, reason, amount, currency, order_id, buyer_id, seller_id, sla_policy,
              sla_started_at, sla_due_at, evidence_overdue, priority, created_at, search_text, excluded_users)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (task_id) do nothing""")
        .params(taskId, caseId, caseType, taskKey, processInstanceId, candidateGroup, assignee, s.title(), s.stage(),
            s.reason(), s.amount(), s.currency(), s.orderId(), s.buyerId(), s.sellerId(), s.slaPolicy(),
            ts(s.slaStartedAt()), ts(s.slaDueAt()), s.evidenceOverdue(), s.priority(), ts(now), s.searchText(),
            excluded(s))
        .update();
  }

  void refresh(String taskId, CaseSummary s) {
    jdbc.sql("""
            update worklist_item set title = ?, stage = ?, reason = ?, amount = ?, currency = ?, sla_policy = ?,
              sla_started_at = ?, sla_due_at = ?, evidence_overdue = ?, priority = ?, search_text = ?,
              excluded_users = ?
            where task_id = ?""")
        .params(s.title(), s.stage(), s.reason(), s.amount(), s.currency(), s.slaPolicy(), ts(s.slaStartedAt()),
            ts(s.slaDueAt()), s.evidenceOverdue(), s.priority(), s.searchText(), excluded(s), taskId)
        .update();
  }

  void retask(String taskId, String taskKey) {
    jdbc.sql("update worklist_item set task_key = ? where task_id = ? and task_key <> ?")
        .params(taskKey, taskId, taskKey).update();
  }

  void assign(String taskId, String assignee, Instant claimedAt, Instant leaseExpiresAt) {
    jdbc.sql("update worklist_item set assignee = ?, claimed_at = ?, lease_expires_at = ? where task_id = ?")
        .params(assignee, ts(claimedAt), ts(leaseExpiresAt), taskId)
        .update();
  }

  void renewLease(String taskId, String assignee, Instant leaseExpiresAt) {
    jdbc.sql("update worklist_item set lease_expires_at = ? where task_id = ? and assignee = ?")
        .params(ts(leaseExpiresAt), taskId, assignee)
        .update();
  }

  void delete(String taskId) {
    jdbc.sql("delete from worklist_item where task_id = ?").param(taskId).update();
  }

  Optional<WorkItem> find(String taskId) {
    return jdbc.sql("select * from worklist_item where task_id = ?").param(taskId).query(this::map).optional();
  }

  List<WorkItem> ofCase(UUID caseId) {
    return jdbc.sql("select * from worklist_item where case_id = ? order by created_at").param(caseId)
        .query(this::map).list();
  }

  List<WorkItem> ofCases(java.util.Collection<UUID> caseIds) {
    return jdbc.sql("select * from worklist_item where case_id = any(?) order by created_at")
        .param(caseIds.toArray(UUID[]::new)).query(this::map).list();
  }

  List<QueueLoad> queueLoads(Instant now) {
    return jdbc.sql("""
            select candidate_group, count(*) as open, count(*) filter (where assignee is null) as unclaimed,
              count(*) filter (where assignee is not null) as claimed, count(*) filter (where sla_due_at <= ?) as overdue
            from worklist_item where candidate_group is not null group by candidate_group""")
        .param(ts(now)).query((rs, n) -> new QueueLoad(rs.getString("candidate_group"), rs.getInt("open"),
            rs.getInt("unclaimed"), rs.getInt("claimed"), rs.getInt("overdue"))).list();
  }

  List<PersonLoad> personLoads(Instant now) {
    return jdbc.sql("""
            select assignee, candidate_group, count(*) as held, count(*) filter (where sla_due_at <= ?) as overdue,
              min(claimed_at) as oldest
            from worklist_item where assignee is not null and candidate_group is not null
            group by assignee, candidate_group""")
        .param(ts(now)).query((rs, n) -> new PersonLoad(rs.getString("assignee"), rs.getString("candidate_group"),
            rs.getInt("held"), rs.getInt("overdue"), inst(rs, "oldest"))).list();
  }

  /** Who may never hold the item (four-eyes), as its case's module last said. */
  java.util.Set<String> excludedUsers(String taskId) {
    return jdbc.sql("select unnest(excluded_users) from worklist_item where task_id = ?").param(taskId)
        .query(String.class).set();
  }

  List<String> expiredLeases(Instant now, int limit) {
    return jdbc.sql("select task_id from worklist_item where lease_expires_at < ? order by lease_expires_at limit ?")
        .params(ts(now), limit).query(String.class).list();
  }

  List<WorkItem> page(WorkQueueQuery q, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(q, args);
    String direction = q.descending() ? " desc" : " asc";
    String order = switch (q.sort()) {
      case SLA_DUE -> "priority desc, sla_due_at" + direction + " nulls last, task_id";
      case AMOUNT -> "amount" + direction + " nulls last, task_id";
      case AGE -> "created_at" + direction + ", task_id";
    };
    args.add(limit);
    args.add(offset);
    return jdbc.sql("select * from worklist_item" + where + " order by " + order + " limit ? offset ?")
        .params(args).query(this::map).list();
  }

  int count(WorkQueueQuery q) {
    if (isWholeQueue(q)) {
      return queueSize(q);
    }
    List<Object> args = new ArrayList<>();
    return jdbc.sql("select count(*) from worklist_item" + where(q, args)).params(args).query(Integer.class).single();
  }

  /** A whole queue as one user sees it: the trigger-kept counter minus the items the viewer is excluded from. */
  private int queueSize(WorkQueueQuery q) {
    String[] groups = q.groups().toArray(String[]::new);
    long size = jdbc.sql("select coalesce(sum(open_items), 0) from worklist_queue_size where candidate_group = any(?)")
        .param(groups).query(Long.class).single();
    if (q.viewer() != null) {
      size -= jdbc.sql("select count(*) from worklist_item where excluded_users @> array[?]::text[]"
              + " and candidate_group = any(?)")
          .params(q.viewer(), groups).query(Long.class).single();
    }
    return (int) size;
  }

  private static boolean isWholeQueue(WorkQueueQuery q) {
    return q.assignedTo() == null && blank(q.reason()) && blank(q.stage()) && blank(q.currency())
        && q.evidenceOverdue() == null && q.breachedAt() == null && blank(q.text());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String where(WorkQueueQuery q, List<Object> args) {
    // one group (the usual queue) as "=", so the (group, priority, due) index delivers rows already sorted
    StringBuilder sql = new StringBuilder(q.groups().size() == 1 ? " where candidate_group = ?" : " where candidate_group = any(?)");
    args.add(q.groups().size() == 1 ? q.groups().iterator().next() : q.groups().toArray(String[]::new));
    if (WorkQueueQuery.UNCLAIMED.equals(q.assignedTo())) {
      sql.append(" and assignee is null");
    } else if (q.assignedTo() != null) {
      sql.append(" and assignee = ?");
      args.add(q.assignedTo());
    }
    addEquals(sql, args, "reason", q.reason());
    addEquals(sql, args, "stage", q.stage());
    addEquals(sql, args, "currency", q.currency());
    if (q.evidenceOverdue() != null) {
      sql.append(" and evidence_overdue = ?");
      args.add(q.evidenceOverdue());
    }
    if (q.viewer() != null) {
      sql.append(" and not (? = any(excluded_users))");
      args.add(q.viewer());
    }
    if (q.breachedAt() != null) {
      sql.append(" and sla_due_at <= ?");
      args.add(ts(q.breachedAt()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      sql.append(" and search_text like ? escape '\\'");
      args.add("%" + q.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return sql.toString();
  }

  private static void addEquals(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" and ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private WorkItem map(ResultSet rs, int n) throws SQLException {
    return new WorkItem(rs.getString("task_id"), rs.getObject("case_id", UUID.class), rs.getString("case_type"),
        rs.getString("task_key"), rs.getString("candidate_group"), rs.getString("assignee"), inst(rs, "claimed_at"),
        inst(rs, "lease_expires_at"), rs.getString("title"), rs.getString("stage"), rs.getString("reason"),
        rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("order_id"), rs.getString("buyer_id"),
        rs.getString("seller_id"), rs.getString("sla_policy"), inst(rs, "sla_started_at"), inst(rs, "sla_due_at"),
        rs.getBoolean("evidence_overdue"), rs.getInt("priority"), inst(rs, "created_at"));
  }

  private static String[] excluded(CaseSummary s) {
    return s.excludedUsers() == null ? new String[0] : s.excludedUsers().toArray(String[]::new);
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
