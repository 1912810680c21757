package com.disputedesk.security.ui;

import com.disputedesk.workspace.OneTimeSecretDialog;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.security.Account;
import com.disputedesk.security.Roles;
import com.disputedesk.security.UserAdministration;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** Creates an account or changes one: name, email, roles, enabled, and a password reset. */
class UserDialog extends Dialog {
  final TextField username = new TextField();
  final TextField displayName = new TextField();
  final EmailField email = new EmailField();
  final CheckboxGroup<String> roles = new CheckboxGroup<>();
  final Checkbox enabled = new Checkbox();
  final Button save = new Button();
  final Button reset = new Button();
  private final UserAdministration users;
  private final String admin;
  private final Account account;
  private final Runnable changed;

  UserDialog(UserAdministration users, String admin, Account account, Runnable changed) {
    this.users = users;
    this.admin = admin;
    this.account = account;
    this.changed = changed;
    setHeaderTitle(getTranslation(account == null ? "users.new" : "users.edit", account == null ? ""
        : account.username()));
    username.setLabel(getTranslation("users.username"));
    displayName.setLabel(getTranslation("users.name"));
    email.setLabel(getTranslation("users.email"));
    roles.setLabel(getTranslation("users.roles"));
    roles.setItems(Arrays.asList(Roles.BACK_OFFICE));
    roles.setItemLabelGenerator(r -> getTranslation("role." + r));
    enabled.setLabel(getTranslation("users.enabled"));
    FormLayout form = new FormLayout(username, displayName, email, roles);
    form.setColspan(roles, 2);
    if (account == null) {
      username.setRequired(true);
      username.setHelperText(getTranslation("users.username.hint"));
    } else {
      username.setValue(account.username());
      username.setReadOnly(true);
      displayName.setValue(account.displayName() == null ? "" : account.displayName());
      email.setValue(account.email() == null ? "" : account.email());
      roles.setValue(account.roles());
      roles.setReadOnly(account.managedBySso());
      if (account.managedBySso()) {
        roles.setHelperText(getTranslation("users.sso.roles"));
      }
      enabled.setValue(account.enabled());
      form.add(enabled);
    }
    add(form);
    save.setText(getTranslation("common.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());
    reset.setText(getTranslation("users.reset"));
    reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
    reset.setVisible(account != null && !account.managedBySso());
    reset.addClickListener(e -> confirmReset());
    getFooter().add(reset, new Button(getTranslation("common.cancel"), e -> close()), save);
    setWidth("40em");
  }

  private void save() {
    Map<String, HasValidation> fields = Map.of("username", username, "email", email, "roles", roles,
        "displayName", displayName);
    fields.values().forEach(f -> f.setInvalid(false));
    try {
      if (account == null) {
        var created = users.create(new UserAdministration.NewUser(username.getValue().strip(), displayName.getValue(),
            email.getValue(), Set.copyOf(roles.getValue())), admin);
        close();
        new OneTimeSecretDialog(getTranslation("users.created", created.account().username()),
            getTranslation("users.temporary.explain"), created.temporaryPassword()).open();
      } else {
        users.update(account.username(), new UserAdministration.Changes(displayName.getValue(), email.getValue(),
            Set.copyOf(roles.getValue()), enabled.getValue()), admin);
        close();
        Notification.show(getTranslation("users.saved", account.username()), 3000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      }
      changed.run();
    } catch (InvalidInput invalid) {
      // the service's sentences are English API text; the person at the screen reads their own language
      invalid.errors().forEach(err -> {
        HasValidation field = fields.getOrDefault(err.field(), username);
        field.setErrorMessage(getTranslation("users.error." + err.field()));
        field.setInvalid(true);
      });
    } catch (RuleViolation refused) {
      if ("user-exists".equals(refused.type())) {
        username.setErrorMessage(getTranslation("users.error.exists"));
        username.setInvalid(true);
      } else {
        Notification.show(getTranslation("users.error." + refused.type()), 6000, Notification.Position.MIDDLE)
            .addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    }
  }

  private void confirmReset() {
    ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.reset.title", account.username()),
        getTranslation("users.reset.text", account.username()), getTranslation("users.reset"), e -> {
          var reset = users.resetPassword(account.username(), admin);
          close();
          changed.run();
          new OneTimeSecretDialog(getTranslation("users.reset.done", account.username()),
              getTranslation("users.temporary.explain"), reset.temporaryPassword()).open();
        });
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("common.cancel"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }
}
