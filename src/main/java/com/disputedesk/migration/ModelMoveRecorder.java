package com.disputedesk.migration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a {@code model_move} row whenever the engine migrates a process instance, inside the migration's own
 * transaction (a batch job's): the move and the record that our tables must follow it commit together. The Camunda
 * starter adds a HistoryEventHandler bean beside the engine's database history handler.
 */
@Component
class ModelMoveRecorder implements HistoryEventHandler {
  private final JdbcClient jdbc;
  private final Clock clock;

  ModelMoveRecorder(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance
        && HistoryEventTypes.PROCESS_INSTANCE_MIGRATE.getEventName().equals(event.getEventType())) {
      jdbc.sql("insert into model_move (process_instance_id, business_key, to_definition_id, moved_at) "
              + "values (?, ?, ?, ?)")
          .params(instance.getProcessInstanceId(), instance.getBusinessKey(), instance.getProcessDefinitionId(),
              Timestamp.from(clock.instant()))
          .update();
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
