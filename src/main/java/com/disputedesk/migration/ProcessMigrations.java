package com.disputedesk.migration;

import com.disputedesk.common.RuleViolation;
import com.disputedesk.security.AccessAudit;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a model version's running cases to another version: first the dry run, then, when nothing blocks it, one
 * Camunda migration batch run by the job executors of every node (resumable: its jobs survive a restart), audited.
 */
@Service
public class ProcessMigrations {
  private final MigrationPlans plans;
  private final RuntimeService runtime;
  private final org.camunda.bpm.engine.RepositoryService repository;
  private final ManagementService management;
  private final AccessAudit audit;
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  ProcessMigrations(MigrationPlans plans, RuntimeService runtime, org.camunda.bpm.engine.RepositoryService repository,
      ManagementService management, AccessAudit audit, JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.plans = plans;
    this.runtime = runtime;
    this.management = management;
    this.audit = audit;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** A deployed version of a model and how many of its instances are running. */
  public record ModelVersion(String processKey, String name, String definitionId, int version, String versionTag,
      long running) {}

  /** Every deployed version of every model, newest first within a model. */
  @Transactional(readOnly = true)
  public List<ModelVersion> versions() {
    return repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().desc().list().stream()
        .map(d -> new ModelVersion(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getId(),
            d.getVersion(), d.getVersionTag(), runtime.createProcessInstanceQuery().processDefinitionId(d.getId())
                .count()))
        .toList();
  }

  /** A flow node of a model: its name and BPMN element type (userTask, receiveTask, …). */
  public record Activity(String name, String type) {}

  /** A version's flow nodes by id, the targets an explicit mapping may name. */
  @Transactional(readOnly = true)
  public java.util.Map<String, Activity> activities(String definitionId) {
    return plans.activities(definitionId);
  }

  @Transactional(readOnly = true)
  public MigrationPreview preview(MigrationRequest request) {
    return plans.preview(request);
  }

  /** Starts the move; refused (409) while the dry run shows instances that would not move. */
  @Transactional
  public MigrationRun start(MigrationRequest request, String actor) {
    MigrationPreview preview = plans.preview(request);
    if (!preview.ready()) {
      throw RuleViolation.conflict("migration-blocked", preview.blockedInstances() + " instance(s) would not move and "
          + preview.failures().size() + " mapping(s) fail validation: run the dry run and map what it names.");
    }
    if (preview.instances() == 0) {
      throw RuleViolation.conflict("nothing-to-migrate", "No running instance of version "
          + preview.from().version() + " is left to move.");
    }
    var versions = plans.resolve(request);
    var plan = plans.plan(versions, request.mappings());
    var batch = runtime.newMigration(plan)
        .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(versions.from().getId()))
        .executeAsync();
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into process_migration (id, batch_id, process_key, from_definition_id, from_version,
              to_definition_id, to_version, requested_by, started_at, total, timer_policies)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
        .params(id, batch.getId(), request.processKey(), versions.from().getId(), versions.from().getVersion(),
            versions.to().getId(), versions.to().getVersion(), actor, Timestamp.from(clock.instant()),
            batch.getTotalJobs(), write(plans.timerPolicies(versions, request.mappings())))
        .update();
    rememberTimerStarts(id, versions, request.mappings());
    audit.record(actor, AccessAudit.Action.PROCESS_MIGRATION_STARTED, request.processKey(),
        "version " + versions.from().getVersion(), "version " + versions.to().getVersion() + ", "
            + batch.getTotalJobs() + " instance(s)");
    return find(id).orElseThrow();
  }

  /** The start of every deadline whose timer the move re-times, as the dry run measured it. */
  private void rememberTimerStarts(UUID id, MigrationPlans.Versions versions, java.util.Map<String, String> mappings) {
    plans.timerPolicies(versions, mappings).keySet().forEach(target -> {
      String source = mappings.entrySet().stream().filter(e -> e.getValue().equals(target))
          .map(java.util.Map.Entry::getKey).findFirst().orElse(target);
      for (var job : management.createJobQuery().processDefinitionId(versions.from().getId()).activityId(source)
          .timers().list()) {
        plans.deadlineStart(job.getId()).ifPresent(start -> jdbc.sql("""
                insert into migration_timer_start (migration_id, process_instance_id, activity_id, started_at)
                values (?, ?, ?, ?) on conflict do nothing""")
            .params(id, job.getProcessInstanceId(), target, Timestamp.from(start)).update());
      }
    });
  }

  @Transactional(readOnly = true)
  public Optional<MigrationRun> find(UUID id) {
    return jdbc.sql(SELECT + " where m.id = ?").param(id).query(this::map).optional();
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<MigrationRun> recent(int limit) {
    return jdbc.sql(SELECT + " order by m.started_at desc limit ?").param(limit).query(this::map).list();
  }

  private static final String SELECT = """
      select m.id, m.batch_id, m.process_key, m.from_version, m.to_version, m.requested_by, m.started_at, m.total,
        (select count(*) from model_move v where v.to_definition_id = m.to_definition_id
           and v.moved_at >= m.started_at and v.followed_at is not null) as moved,
        (select count(*) from model_move v where v.to_definition_id = m.to_definition_id
           and v.followed_at is null) as following
      from process_migration m""";

  private MigrationRun map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String batchId = rs.getString("batch_id");
    int total = rs.getInt("total");
    int moved = Math.min(total, rs.getInt("moved"));
    var stats = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    int failed = stats == null ? 0 : stats.getFailedJobs();
    // the batch's monitor job deletes it only some time after its last job; done = no job left and every move followed
    boolean jobsDone = stats == null || stats.getRemainingJobs() == 0;
    MigrationRun.Status status = failed > 0 ? MigrationRun.Status.FAILED
        : jobsDone && rs.getInt("following") == 0 ? MigrationRun.Status.FINISHED : MigrationRun.Status.RUNNING;
    return new MigrationRun(rs.getObject("id", UUID.class), rs.getString("process_key"), rs.getInt("from_version"),
        rs.getInt("to_version"), rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(), total,
        moved, failed, status);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
