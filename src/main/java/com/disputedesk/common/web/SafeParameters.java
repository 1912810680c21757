package com.disputedesk.common.web;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.SafeText;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Form fields, query parameters, path variables and headers get the same text rules as JSON bodies
 * ({@link SafeText}): a NUL in a multipart {@code message} is refused with a 422, never stored or a 500.
 */
@RestControllerAdvice
class SafeParameters {
  /** Why a parameter was refused; the problem answer names the parameter. */
  static final class Refused extends IllegalArgumentException {
    Refused(String message) {
      super(message);
    }
  }

  @InitBinder
  void safeText(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        try {
          setValue(SafeText.accept("parameter", text));
        } catch (InvalidInput refused) {
          throw new Refused(refused.errors().get(0).message());
        }
      }
    });
  }
}
