package com.disputedesk.security.ui;

import com.disputedesk.workspace.OneTimeSecretDialog;
import com.disputedesk.common.InvalidInput;
import com.disputedesk.security.ApiClients;
import com.disputedesk.security.Roles;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Machines that call the API: create one, rotate its secret with an overlap, revoke a secret. */
@Route(value = "admin/api-clients", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ApiClientsView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<ApiClients.Client> grid = new Grid<>();
  final Button create = new Button();
  private final ApiClients clients;
  private final String admin;

  ApiClientsView(ApiClients clients, AuthenticationContext auth) {
    this.clients = clients;
    this.admin = auth.getPrincipalName().orElseThrow();
    setSizeFull();
    create.setText(getTranslation("clients.new"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> newClient());
    grid.addColumn(ApiClients.Client::name).setHeader(getTranslation("clients.name")).setFlexGrow(2)
        .setResizable(true).setTooltipGenerator(ApiClients.Client::name);
    grid.addColumn(ApiClients.Client::clientId).setHeader(getTranslation("clients.id")).setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> getTranslation("role." + c.role())).setHeader(getTranslation("clients.role")).setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(c -> c.secrets().stream().filter(s -> s.revokedAt() == null).count())
        .setHeader(getTranslation("clients.active")).setAutoWidth(true).setFlexGrow(0);
    // the secrets with their Revoke buttons get the room: they are what an administrator acts on
    grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("clients.secrets"))
        .setFlexGrow(2).setWidth("24em");
    grid.setEmptyStateText(getTranslation("clients.empty"));
    grid.setSizeFull();
    refresh();
    HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.clients")), create);
    toolbar.setAlignItems(Alignment.BASELINE);
    add(toolbar, new Span(getTranslation("clients.intro")), grid);
  }

  private VerticalLayout actions(ApiClients.Client client) {
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    list.setSpacing(false);
    for (ApiClients.Secret secret : client.secrets()) {
      Span label = new Span(secret.hint() + " · " + Formats.dateTime(secret.createdAt(), getLocale())
          + (secret.revokedAt() == null ? "" : " · " + getTranslation("clients.revoked",
              Formats.dateTime(secret.revokedAt(), getLocale()))));
      HorizontalLayout row = new HorizontalLayout(label);
      row.setAlignItems(Alignment.CENTER);
      if (secret.revokedAt() == null) {
        Button revoke = new Button(getTranslation("clients.revoke"), e -> confirmRevoke(client, secret));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        row.add(revoke);
      }
      list.add(row);
    }
    Button rotate = new Button(getTranslation("clients.rotate"), e -> {
      var issued = clients.rotate(client.clientId(), admin);
      refresh();
      new OneTimeSecretDialog(getTranslation("clients.secret.title", client.name()),
          getTranslation("clients.rotate.explain", client.clientId()), issued.secret()).open();
    });
    rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
    list.add(rotate);
    return list;
  }

  private void confirmRevoke(ApiClients.Client client, ApiClients.Secret secret) {
    ConfirmDialog confirm = new ConfirmDialog(getTranslation("clients.revoke.title", secret.hint()),
        getTranslation("clients.revoke.text", client.name()), getTranslation("clients.revoke"), e -> {
          clients.revoke(client.clientId(), secret.secretId(), admin);
          refresh();
        });
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("common.cancel"));
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  private void newClient() {
    Dialog dialog = new Dialog(getTranslation("clients.new"));
    TextField name = new TextField(getTranslation("clients.name"));
    name.setWidthFull();
    Select<String> role = new Select<>();
    role.setLabel(getTranslation("clients.role"));
    role.setItems(Roles.API_CLIENTS);
    role.setItemLabelGenerator(r -> getTranslation("role." + r));
    role.setValue(Roles.MARKETPLACE);
    Button save = new Button(getTranslation("clients.create"), e -> {
      try {
        var issued = clients.create(name.getValue(), role.getValue(), admin);
        dialog.close();
        refresh();
        new OneTimeSecretDialog(getTranslation("clients.secret.title", name.getValue()),
            getTranslation("clients.created.explain", issued.clientId()), issued.secret()).open();
      } catch (InvalidInput invalid) {
        name.setErrorMessage(getTranslation("clients.error.name"));
        name.setInvalid(true);
      } catch (com.disputedesk.common.RuleViolation refused) {
        name.setErrorMessage(getTranslation("clients.error.exists"));
        name.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(name, role));
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  void refresh() {
    grid.setItems(clients.list());
  }
}
