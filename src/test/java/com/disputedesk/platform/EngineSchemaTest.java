package com.disputedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's schema belongs to Flyway: every integration test runs on a database Flyway alone created, with the
 * engine's schema-update off; a database the previous release made (the engine created its own tables then) is
 * taken over by the migrations without a change and keeps its running cases.
 */
class EngineSchemaTest extends IntegrationTest {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Value("${camunda.bpm.database.schema-update}") String schemaUpdate;

  @Test
  void theSharedDatabaseWasCreatedByFlywayWithTheEngineNotAllowedToChangeIt() {
    assertThat(schemaUpdate).isEqualTo("false");
    assertThat(jdbc.sql("select success from flyway_schema_history where script like '%V18__camunda_engine_schema%'")
        .query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select version_ from act_ge_schema_log order by cast(id_ as bigint) desc limit 1")
        .query(String.class).single()).isEqualTo("7.24.0");
    assertThat(jdbc.sql("select count(*) from pg_indexes where indexname in ('dd_act_ru_task_parent', 'dd_act_ru_job_due')")
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void aDatabaseOfThePreviousReleaseIsTakenOverAndItsCasesGoOn() throws Exception {
    String url = createDatabase("previous_release");
    Flyway ours = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
        .target("16").load();
    ours.migrate(); // the previous release: our tables by Flyway, the engine's by the engine itself
    String instance;
    ProcessEngine previous = engine(url, "true", "previous-release");
    try {
      previous.getRepositoryService().createDeployment().addModelInstance("Waiting.bpmn",
          Bpmn.createExecutableProcess("Waiting").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait")
              .endEvent().done()).deploy();
      instance = previous.getRuntimeService().startProcessInstanceByKey("Waiting", "case-1").getId();
    } finally {
      previous.close();
    }

    var result = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load()
        .migrate();
    assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(4);

    ProcessEngine current = engine(url, "false", "current-release");
    try {
      var task = current.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
      assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Wait");
      current.getTaskService().complete(task.getId());
      assertThat(current.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult().getEndTime()).isNotNull();
    } finally {
      current.close();
    }
  }

  private ProcessEngine engine(String url, String schemaUpdate, String name) {
    return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration().setJdbcUrl(url)
        .setJdbcUsername("postgres").setJdbcPassword("postgres").setJdbcDriver("org.postgresql.Driver")
        .setDatabaseSchemaUpdate(schemaUpdate).setHistory("full").setJobExecutorActivate(false)
        .setProcessEngineName(name).buildProcessEngine();
  }

  private String createDatabase(String name) throws java.sql.SQLException {
    jdbc.sql("drop database if exists " + name).update();
    jdbc.sql("create database " + name).update();
    String shared = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
    return shared.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
  }
}
