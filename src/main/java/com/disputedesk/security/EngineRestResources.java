package com.disputedesk.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * The engine REST API with one addition: a refusal raised by one of our task listeners (four-eyes) reaches the
 * caller as the 403 it is, not as the 500 the engine's wrapping exception would give.
 */
@Component
class EngineRestResources extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineRefusals.class);
    register(RestRefusals.class);
  }

  /** The refusal inside {@code e}, answered as Camunda answers an {@link AuthorizationException}; else as usual. */
  static Response refusalOr(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refusal) {
        return ExceptionHandlerHelper.getInstance().getResponse(refusal);
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(e);
  }

  @Priority(1)
  static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return refusalOr(e);
    }
  }

  /** Some resources (task completion) wrap engine exceptions in a 500 {@link RestException} first. */
  @Priority(1)
  static class RestRefusals implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      return refusalOr(e);
    }
  }
}
