package com.disputedesk.common.web;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.DatabaseOutage;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is an RFC 9457 problem with a sentence in {@code detail}; bad input is never a 500. Global, so that
 * errors raised before a controller is chosen (an unsupported media type, a broken multipart body) answer the same.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  static final String TYPE_BASE = "https://disputedesk.example/problems/";

  @ExceptionHandler(CaseNotFound.class)
  ProblemDetail notFound(CaseNotFound e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
  }

  @ExceptionHandler(RuleViolation.class)
  ProblemDetail ruleViolated(RuleViolation e) {
    return problem(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage());
  }

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return validation(e.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SafeParameters.Refused refused) {
        return validation(List.of(new InvalidInput.FieldError(e.getName(), refused.getMessage())));
      }
    }
    return problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter",
        "Parameter '" + e.getName() + "' has a value of the wrong form.");
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    return problem(HttpStatus.CONFLICT, "concurrent-change", "Conflict",
        "The case changed at the same moment; read it again and retry.");
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
        "file-too-large", "File too large", "The file is larger than the upload limit."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidInput.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new InvalidInput.FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return ResponseEntity.unprocessableEntity().body(validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<InvalidInput.FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> new InvalidInput.FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return ResponseEntity.unprocessableEntity().body(validation(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getMostSpecificCause() instanceof SlowBodies.BodyTooSlow slow) {
      return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header(HttpHeaders.CONNECTION, "close")
          .body(problem(HttpStatus.REQUEST_TIMEOUT, "body-too-slow", "Request body too slow", slow.getMessage()));
    }
    var reading = BodyProblems.of(e);
    if (!reading.wrongShape()) {
      return ResponseEntity.unprocessableEntity().body(validation(reading.errors()));
    }
    ProblemDetail malformed = problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed body", reading.detail());
    if (!reading.errors().isEmpty()) {
      malformed.setProperty("errors", reading.errors());
    }
    return ResponseEntity.badRequest().body(malformed);
  }

  @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
  ProblemDetail rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
    return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
        "The request's parameters or path are not acceptable (for example a form body where JSON is expected).");
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail brokenMultipart(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed body",
        "The request says multipart/form-data but its body is not a valid multipart form.");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseOutage.causedBy(e)) {
      log.warn("The database is unavailable: {}", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
          .body(unavailable());
    }
    log.error("Unexpected error answering an API call", e);
    return ResponseEntity.internalServerError().body(internal());
  }

  private static ProblemDetail internal() {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
        "Something went wrong on our side; nothing was changed. Try again later.");
  }

  static ProblemDetail unavailable() {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
        "The database cannot be reached right now; nothing was changed. Retry in a few seconds.");
  }

  static ProblemDetail validation(List<InvalidInput.FieldError> errors) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "Invalid input",
        errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
            .orElse("The request is not valid."));
    p.setProperty("errors", errors);
    return p;
  }

  static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create(TYPE_BASE + type));
    p.setTitle(title);
    return p;
  }

}
