package com.disputedesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a password or secret once: it is not stored in clear anywhere, so it cannot be shown again. */
class OneTimeSecretDialog extends Dialog {
  final TextField value = new TextField();

  OneTimeSecretDialog(String title, String explanation, String secret) {
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
    add(new Paragraph(explanation), value, new Paragraph(getTranslation("secret.once")));
    getFooter().add(copy, done);
    // shown once: neither Esc nor a stray click may throw it away
    setCloseOnOutsideClick(false);
    setCloseOnEsc(false);
    setWidth("34em");
  }
}
