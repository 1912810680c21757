package com.disputedesk.security.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.security.PasswordPolicy;
import com.disputedesk.security.UserAdministration;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** A person with a temporary password chooses their own before anything else opens. */
@Route("change-password")
@PageTitle("Choose your password — DisputeDesk")
@PermitAll
public class ChangePasswordView extends VerticalLayout {
  final PasswordField current = new PasswordField();
  final PasswordField next = new PasswordField();
  final PasswordField repeat = new PasswordField();
  final Button save = new Button();

  ChangePasswordView(UserAdministration users, AuthenticationContext auth) {
    addClassName("dd-login");
    setAlignItems(Alignment.CENTER);
    String username = auth.getPrincipalName().orElseThrow();
    current.setLabel(getTranslation("password.current"));
    next.setLabel(getTranslation("password.new"));
    next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
    repeat.setLabel(getTranslation("password.repeat"));
    for (PasswordField field : new PasswordField[] {current, next, repeat}) {
      field.setWidth("22em");
    }
    save.setText(getTranslation("password.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    save.addClickListener(e -> {
      for (PasswordField field : new PasswordField[] {current, next, repeat}) {
        field.setInvalid(false);
      }
      if (current.getValue().isEmpty()) {
        current.setErrorMessage(getTranslation("password.error.required"));
        current.setInvalid(true);
        return;
      }
      if (!next.getValue().equals(repeat.getValue())) {
        repeat.setErrorMessage(getTranslation("password.mismatch"));
        repeat.setInvalid(true);
        return;
      }
      try {
        users.changeOwnPassword(username, current.getValue(), next.getValue());
        // a fresh request picks up the account's roles (CurrentAccountFilter)
        getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
      } catch (InvalidInput invalid) {
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next);
        invalid.errors().forEach(err -> {
          PasswordField field = fields.getOrDefault(err.field(), next);
          field.setErrorMessage(getTranslation("password.error." + err.field()));
          field.setInvalid(true);
        });
      }
    });
    add(new H1(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), current, next,
        repeat, save);
  }
}
