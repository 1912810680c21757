package com.disputedesk.common;

import java.util.List;

/** Input that breaks a field rule: answered 422 with an {@code errors} list, nothing changed. */
public class InvalidInput extends RuntimeException {
  public record FieldError(String field, String message) {}

  private final transient List<FieldError> errors;

  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidInput(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
