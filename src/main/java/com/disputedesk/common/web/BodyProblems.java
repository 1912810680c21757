package com.disputedesk.common.web;

import com.disputedesk.common.InvalidInput;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Why a body could not be read, in a marketplace developer's terms: the field and what it must be, never a Java
 * type or a Jackson message. A refused value becomes a 422 with an {@code errors} list; a value of the wrong JSON
 * type (a word where a number belongs) a 400 with the same list; broken JSON a 400.
 */
record BodyProblems(boolean wrongShape, List<InvalidInput.FieldError> errors, String detail) {

  static BodyProblems of(HttpMessageNotReadableException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInput invalid) {
        String at = cause == e.getCause() ? "" : pathOf(e.getCause());
        return fields(invalid.errors().stream().map(err -> new InvalidInput.FieldError(
            at.isEmpty() || at.endsWith(err.field()) ? (at.isEmpty() ? err.field() : at) : at + "." + err.field(),
            err.message())).toList());
      }
    }
    Throwable cause = e.getCause();
    if (cause instanceof StreamConstraintsException) {
      return broken("The JSON body is too large or too deeply nested.");
    }
    if (cause instanceof JsonParseException parse) {
      String message = String.valueOf(parse.getOriginalMessage());
      if (message.startsWith("Duplicate field '")) {
        return broken("The key \"" + message.substring(17, message.indexOf('\'', 17)) + "\" appears twice in one "
            + "object; send each key once.");
      }
      return broken("The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
          + parse.getLocation().getColumnNr() + ").");
    }
    if (cause instanceof MismatchedInputException mismatch && String.valueOf(mismatch.getOriginalMessage())
        .startsWith("Trailing token")) {
      return broken("The body has data after its JSON document; send exactly one JSON object.");
    }
    if (cause instanceof JsonMappingException mapping) {
      String field = pathOf(mapping);
      if (field.isEmpty()) {
        return broken("The body is not a JSON object of the expected shape.");
      }
      var error = List.of(new InvalidInput.FieldError(field, mustBe(mapping)));
      return mapping instanceof StrictJson.Refusal ? fields(error) : new BodyProblems(true, error,
          field + ": " + error.get(0).message());
    }
    return broken(e.getCause() == null ? "The request needs a JSON body." : "The body is not valid JSON.");
  }

  private static String mustBe(JsonMappingException mapping) {
    if (mapping instanceof StrictJson.Refusal) {
      return mapping.getOriginalMessage();
    }
    Class<?> type = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (type != null && type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    if (mapping instanceof InvalidFormatException || type != null) {
      return "must be " + kind(type);
    }
    return "is not acceptable here";
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a value of another kind";
  }

  /** The JSON path of the failing value: {@code order.totalPaid.amount}, {@code coupons[1]}. */
  static String pathOf(Throwable t) {
    if (!(t instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static BodyProblems fields(List<InvalidInput.FieldError> errors) {
    return new BodyProblems(false, errors, null);
  }

  private static BodyProblems broken(String detail) {
    return new BodyProblems(true, List.of(), detail);
  }
}
