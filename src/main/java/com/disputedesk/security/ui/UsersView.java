package com.disputedesk.security.ui;

import com.disputedesk.security.Account;
import com.disputedesk.security.UserAdministration;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Administrators manage people: find, create, change roles, disable, reset a password, see the last sign-in. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final TextField search = new TextField();
  final Grid<Account> grid = new Grid<>();
  final Button create = new Button();
  private final UserAdministration users;
  private final String admin;

  UsersView(UserAdministration users, AuthenticationContext auth) {
    this.users = users;
    this.admin = auth.getPrincipalName().orElseThrow();
    setSizeFull();
    search.setPlaceholder(getTranslation("users.search"));
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24em");
    search.addValueChangeListener(e -> refresh());
    create.setText(getTranslation("users.new"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> new UserDialog(users, admin, null, this::refresh).open());
    grid.addColumn(Account::username).setHeader(getTranslation("users.username")).setAutoWidth(true)
        .setResizable(true);
    grid.addColumn(Account::displayName).setHeader(getTranslation("users.name")).setFlexGrow(1).setResizable(true)
        .setTooltipGenerator(Account::displayName);
    grid.addColumn(Account::email).setHeader(getTranslation("users.email")).setFlexGrow(1).setResizable(true)
        .setTooltipGenerator(Account::email);
    grid.addColumn(this::roles).setHeader(getTranslation("users.roles")).setFlexGrow(4).setResizable(true)
        .setTooltipGenerator(this::roles);
    grid.addColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
    grid.addColumn(a -> getTranslation("users.source." + a.source())).setHeader(getTranslation("users.source"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(a -> a.lastSignInAt() == null ? getTranslation("users.never")
        : Formats.dateTime(a.lastSignInAt(), getLocale())).setHeader(getTranslation("users.lastSignIn"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("users.empty"));
    grid.addItemClickListener(e -> new UserDialog(users, admin, users.get(e.getItem().username()), this::refresh)
        .open());
    grid.setSizeFull();
    refresh();
    HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.users")), search, create);
    toolbar.setAlignItems(Alignment.BASELINE);
    add(toolbar, grid);
  }

  private String roles(Account account) {
    return account.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", "));
  }

  private String status(Account account) {
    if (!account.enabled()) {
      return getTranslation("users.disabled");
    }
    return account.mustChangePassword() ? getTranslation("users.mustChange") : getTranslation("users.active");
  }

  void refresh() {
    String q = search.getValue();
    grid.setItems(query -> users.search(q, query.getOffset(), query.getLimit()).stream(), query -> users.count(q));
  }
}
