package com.disputedesk.migration;

import com.disputedesk.sla.Retiming;
import com.disputedesk.timeline.CaseTimeline;
import com.disputedesk.worklist.Worklist;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings our tables in step with each moved case, a few at a time under {@code skip locked} (any node may follow):
 * the timeline says "moved to model version N", queue rows take the migrated tasks' keys, and timers the new model
 * times by another policy move to that policy's due dates (their deadlines on our screens follow the re-timing).
 */
@Component
class ModelMoveFollower {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ModelMoveFollower.class);
  private static final TypeReference<Map<String, String>> POLICIES = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final ManagementService management;
  private final Worklist worklist;
  private final CaseTimeline timeline;
  private final Retiming retiming;
  private final ObjectMapper json;
  private final Clock clock;

  ModelMoveFollower(JdbcClient jdbc, TransactionTemplate transactions, RepositoryService repository, TaskService tasks,
      ManagementService management, Worklist worklist, CaseTimeline timeline, Retiming retiming, ObjectMapper json,
      Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.repository = repository;
    this.tasks = tasks;
    this.management = management;
    this.worklist = worklist;
    this.timeline = timeline;
    this.retiming = retiming;
    this.json = json;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${disputedesk.migration.follow-every:PT1S}")
  void followPending() {
    List<Long> pending = jdbc.sql("select id from model_move where followed_at is null order by id limit 500")
        .query(Long.class).list();
    for (long id : pending) {
      try {
        transactions.executeWithoutResult(tx -> followOne(id));
      } catch (RuntimeException e) {
        log.error("Could not follow model move {}; it is tried again", id, e); // the others go on meanwhile
      }
    }
  }

  /** One move under its row lock (skipped when another node has it). */
  void followOne(long id) {
    record Move(String processInstanceId, String businessKey, String toDefinitionId) {}
    jdbc.sql("select process_instance_id, business_key, to_definition_id from model_move "
            + "where id = ? and followed_at is null for update skip locked")
        .param(id)
        .query((rs, n) -> new Move(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional()
        .ifPresent(move -> {
          boolean stillThere = repository.createProcessDefinitionQuery().processDefinitionId(move.toDefinitionId())
              .count() > 0;
          if (stillThere) { // a deployment deleted since (with its instances) leaves nothing to follow
            follow(move.processInstanceId(), move.businessKey(), move.toDefinitionId());
          }
          jdbc.sql("update model_move set followed_at = ? where id = ?")
              .params(Timestamp.from(clock.instant()), id).update();
        });
  }

  private void follow(String processInstanceId, String businessKey, String toDefinitionId) {
    record Run(UUID id, String actor, String policies) {}
    var run = jdbc.sql("select id, requested_by, timer_policies::text from process_migration "
            + "where to_definition_id = ? order by started_at desc limit 1")
        .param(toDefinitionId)
        .query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).optional();
    String actor = run.map(Run::actor).orElse("system");
    UUID caseId = caseId(businessKey);
    if (caseId != null) {
      var definition = repository.getProcessDefinition(toDefinitionId);
      timeline.record(caseId, "MODEL_MIGRATED", actor, "ADMIN", "Moved to model version " + definition.getVersion()
          + (definition.getVersionTag() == null ? "" : " (" + definition.getVersionTag() + ")"),
          Map.of("processKey", definition.getKey(), "version", definition.getVersion()));
      for (var task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
        worklist.followMigratedTask(task.getId(), task.getTaskDefinitionKey());
      }
      worklist.refresh(caseId);
    }
    Map<String, String> policies = run.map(r -> read(r.policies())).orElse(Map.of());
    policies.forEach((activity, policy) -> {
      var started = jdbc.sql("select started_at from migration_timer_start where migration_id = ? "
              + "and process_instance_id = ? and activity_id = ?")
          .params(run.get().id(), processInstanceId, activity).query(Timestamp.class).optional()
          .map(Timestamp::toInstant).orElse(null);
      management.createJobQuery().processInstanceId(processInstanceId).activityId(activity).timers().list()
          .forEach(job -> retiming.followPolicy(job.getId(), policy, started, actor));
    });
  }

  private Map<String, String> read(String value) {
    try {
      return json.readValue(value, POLICIES);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID caseId(String businessKey) {
    try {
      return businessKey == null ? null : UUID.fromString(businessKey);
    } catch (IllegalArgumentException notACase) {
      return null;
    }
  }
}
