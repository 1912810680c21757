package com.disputedesk.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Jobs acquired by due date (first due, first run) and every job given a due date, so acquisition's condition is a
 * plain range the index of V19__engine_indexes answers (with "due date is null or ..." PostgreSQL scanned and sorted
 * the whole table on every acquisition: 9 ms per call in a storm of 3 000 timers); no CMMN (its left joins slow every
 * task query).
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {
  static {
    // Camunda's DurationHelper asks DatatypeFactory.newInstance() for every timer it computes; unnamed, the JDK looks
    // the factory up through ServiceLoader, reading every jar each time (3 % of a lifecycle's CPU). Name the JDK's own.
    if (System.getProperty("javax.xml.datatype.DatatypeFactory") == null) {
      System.setProperty("javax.xml.datatype.DatatypeFactory",
          "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJobExecutorAcquireByDueDate(true);
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setCmmnEnabled(false);
    configuration.setDmnEnabled(true);
    configuration.setStandaloneTasksEnabled(false);
  }
}
