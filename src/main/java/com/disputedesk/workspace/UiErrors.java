package com.disputedesk.workspace;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * Refusals as the user's language says them: a field's error at the field ({@code field.<form>.<field>}), a rule
 * ({@code problem.<type>}) or a lost claim as a toast. The API's English sentence is kept only where no words exist.
 */
public final class UiErrors {
  private UiErrors() {}

  /** Marks each refused field of the form; what no field shows is said in a toast. */
  public static void mark(String form, InvalidInput e, Map<String, ? extends HasValidation> fields, Object... args) {
    StringBuilder rest = new StringBuilder();
    for (InvalidInput.FieldError err : e.errors()) {
      String text = fieldMessage(form, err, args);
      HasValidation field = fields.get(err.field());
      if (field != null) {
        field.setErrorMessage(text);
        field.setInvalid(true);
      } else {
        rest.append(rest.isEmpty() ? "" : " ").append(text);
      }
    }
    if (!rest.isEmpty()) {
      toast(rest.toString());
    }
  }

  public static String fieldMessage(String form, InvalidInput.FieldError err, Object... args) {
    return translateOr("field." + form + "." + err.field(), err.field() + " " + err.message(), args);
  }

  /** A refusal without a field: a rule, a lost claim, input no field shows. */
  public static void show(RuntimeException e) {
    toast(message(e));
  }

  public static String message(RuntimeException e) {
    if (e instanceof RuleViolation rule) {
      return translateOr("problem." + rule.type(), rule.getMessage());
    }
    if (e instanceof com.disputedesk.worklist.ClaimLost lost) {
      return Labels.translate("queue.claimLost", lost.holder() == null ? "—" : lost.holder());
    }
    if (e instanceof InvalidInput invalid) {
      return invalid.errors().stream().map(err -> fieldMessage("any", err)).reduce((a, b) -> a + " " + b)
          .orElse(Labels.translate("error.invalid"));
    }
    return Labels.translate("error.title");
  }

  static String translateOr(String key, String fallback, Object... args) {
    String text = Labels.translate(key, args);
    return text == null || text.equals(key) || text.startsWith("!{") ? fallback : text;
  }

  private static void toast(String text) {
    Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
