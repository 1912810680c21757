package com.disputedesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * SLA timers first and by due date; no CMMN (its left joins slow every task query); and two indexes Camunda's
 * PostgreSQL schema lacks: task completion scans ACT_RU_TASK by parent without the first, timer acquisition
 * sorts ACT_RU_JOB by due date without the second.
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJobExecutorPreferTimerJobs(true);
    configuration.setJobExecutorAcquireByDueDate(true);
    configuration.setCmmnEnabled(false);
    configuration.setDmnEnabled(true);
    configuration.setStandaloneTasksEnabled(false);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection c = configuration.getDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("create index if not exists dd_act_ru_task_parent on act_ru_task (parent_task_id_)");
      s.execute("create index if not exists dd_act_ru_job_type_due on act_ru_job (type_, duedate_)");
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create DisputeDesk's engine indexes", e);
    }
  }
}
