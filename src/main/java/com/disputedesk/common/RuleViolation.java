package com.disputedesk.common;

import org.springframework.http.HttpStatus;

/**
 * A domain rule refused the request (wrong stage, too early, window closed, already exists). The message is the
 * sentence the caller reads; {@code type} is a stable slug for the problem type URI.
 */
public class RuleViolation extends RuntimeException {
  private final HttpStatus status;
  private final String type;

  public RuleViolation(HttpStatus status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  public static RuleViolation conflict(String type, String message) {
    return new RuleViolation(HttpStatus.CONFLICT, type, message);
  }

  public static RuleViolation unprocessable(String type, String message) {
    return new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, type, message);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }
}
