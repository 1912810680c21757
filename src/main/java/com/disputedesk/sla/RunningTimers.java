package com.disputedesk.sla;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine side of re-timing: a policy's running timer jobs in pages by job id (a stable key, so a run that
 * stops resumes after the last page it finished and nothing is read twice), each with the start of its deadline
 * (the job's creation, or a recorded restart), and moving their due dates. Which timers belong to a policy comes
 * from the deployed models of every version that still has timers.
 */
@Component
class RunningTimers {
  record Timer(String jobId, String activityId, UUID caseId, Instant startedAt, Instant due) {}

  private static final String SELECT = """
      select j.id_, d.act_id_, e.business_key_, coalesce(r.started_at, j.create_time_) as started, j.duedate_
      from act_ru_job j
      join act_ru_jobdef d on d.id_ = j.job_def_id_
      left join act_ru_execution e on e.id_ = j.process_instance_id_
      left join sla_deadline_restart r on r.job_id = j.id_
      """;

  private final ManagementService management;
  private final TimerPolicies policies;
  private final JdbcClient jdbc;

  RunningTimers(ManagementService management, TimerPolicies policies, JdbcClient jdbc) {
    this.management = management;
    this.policies = policies;
    this.jdbc = jdbc;
  }

  List<String> activitiesOf(String key) {
    return policies.activitiesOf(key);
  }

  /** At most {@code limit} of the policy's running timers with a job id after {@code afterJobId} (null: from the start). */
  List<Timer> page(String key, String afterJobId, int limit) {
    String[] definitions = jobDefinitions(key);
    if (definitions.length == 0) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where j.job_def_id_ = any(?) and j.id_ > ? order by j.id_ limit ?")
        .params(definitions, afterJobId == null ? "" : afterJobId, limit)
        .query(RunningTimers::timer)
        .list();
  }

  /** One running timer job, whichever policy times it. */
  java.util.Optional<Timer> job(String jobId) {
    return jdbc.sql(SELECT + "where j.id_ = ?").param(jobId).query(RunningTimers::timer).optional();
  }

  long count(String key) {
    String[] definitions = jobDefinitions(key);
    return definitions.length == 0 ? 0 : jdbc.sql("select count(*) from act_ru_job where job_def_id_ = any(?)")
        .param(definitions).query(Long.class).single();
  }

  void move(String jobId, Instant due) {
    management.setJobDuedate(jobId, Date.from(due));
  }

  /** The engine's timer job definitions (one per timer and model version) whose timer the policy times. */
  private String[] jobDefinitions(String key) {
    return management.createJobDefinitionQuery().list().stream()
        .filter(d -> d.getJobType().startsWith("timer"))
        .filter(d -> Objects.equals(key, policies.policyOf(d.getProcessDefinitionId(), d.getActivityId())))
        .map(JobDefinition::getId)
        .toArray(String[]::new);
  }

  private static Timer timer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Timer(rs.getString(1), rs.getString(2), caseId(rs.getString(3)), rs.getTimestamp(4).toInstant(),
        rs.getTimestamp(5).toInstant());
  }

  private static UUID caseId(String businessKey) {
    try {
      return businessKey == null ? null : UUID.fromString(businessKey);
    } catch (IllegalArgumentException notACase) {
      return null;
    }
  }
}
