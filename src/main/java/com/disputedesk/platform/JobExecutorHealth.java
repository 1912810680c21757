package com.disputedesk.platform;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness includes the job executor: a node whose executor should run but does not would let every SLA timer
 * wait silently. A node configured without one (tests, a web-only node) says so and stays ready.
 */
@Component("jobExecution")
class JobExecutorHealth implements HealthIndicator {
  private final ProcessEngineConfigurationImpl engine;

  JobExecutorHealth(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public Health health() {
    JobExecutor executor = engine.getJobExecutor();
    if (!engine.isJobExecutorActivate()) {
      return Health.up().withDetail("jobExecutor", "disabled on this node").build();
    }
    return executor != null && executor.isActive()
        ? Health.up().withDetail("jobExecutor", "active").withDetail("maxJobsPerAcquisition",
            executor.getMaxJobsPerAcquisition()).build()
        : Health.down().withDetail("jobExecutor", "not running").build();
  }
}
