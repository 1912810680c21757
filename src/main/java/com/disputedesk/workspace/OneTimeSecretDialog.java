package com.disputedesk.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a password or secret once: it is not stored in clear anywhere, so it cannot be shown again. */
public class OneTimeSecretDialog extends Dialog {
  /** Public for the views' tests, which read the secret shown. */
  public final TextField value = new TextField();

  public OneTimeSecretDialog(String title, String explanation, String secret) {
    this(title, explanation, secret, null);
  }

  /** {@code once} replaces the default note that only a fingerprint is kept (a webhook secret is kept to sign). */
  public OneTimeSecretDialog(String title, String explanation, String secret, String once) {
    setHeaderTitle(title);
    value.setValue(secret);
    value.setReadOnly(true);
    value.setWidthFull();
    value.addClassName("dd-secret");
    Button copy = new Button(getTranslation("secret.copy"),
        e -> {
          value.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
          com.vaadin.flow.component.notification.Notification.show(getTranslation("secret.copied"), 2000,
              com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        });
    Button done = new Button(getTranslation("secret.done"), e -> close());
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(new Paragraph(explanation), value, new Paragraph(once != null ? once : getTranslation("secret.once")));
    getFooter().add(copy, done);
    // shown once: neither Esc nor a stray click may throw it away
    setCloseOnOutsideClick(false);
    setCloseOnEsc(false);
    setWidth("34em");
  }
}
