package com.disputedesk.integration.ui;

import com.disputedesk.integration.WebhookDeliveries;
import com.disputedesk.integration.WebhookEndpoint;
import com.disputedesk.integration.WebhookEndpoints;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.workspace.OneTimeSecretDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators register the marketplace's webhook receivers, rotate their secrets, see why one stopped, and read
 * every delivery attempt of the one selected below the list.
 */
@Route(value = "admin/webhooks", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class WebhooksView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<WebhookEndpoint> grid = new Grid<>();
  final Button create = new Button();
  final DeliveriesPanel deliveries;
  private final WebhookEndpoints endpoints;
  private final String admin;

  WebhooksView(WebhookEndpoints endpoints, WebhookDeliveries history, AuthenticationContext auth) {
    this.endpoints = endpoints;
    this.deliveries = new DeliveriesPanel(history);
    this.admin = auth.getPrincipalName().orElseThrow();
    setSizeFull();
    create.setText(getTranslation("webhooks.new"));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(e -> new EndpointDialog(endpoints, null, admin, issued -> {
      refresh();
      showSecret(issued, "webhooks.created.explain");
    }).open());
    grid.addColumn(WebhookEndpoint::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(3).setResizable(true)
        .setTooltipGenerator(WebhookEndpoint::url);
    grid.addColumn(e -> e.description() == null ? "" : e.description()).setHeader(getTranslation("webhooks.description"))
        .setFlexGrow(2).setTooltipGenerator(e -> e.description() == null ? "" : e.description());
    grid.addColumn(this::types).setHeader(getTranslation("webhooks.types")).setFlexGrow(1)
        .setTooltipGenerator(e -> String.join(", ", e.eventTypes()));
    grid.addColumn(new ComponentRenderer<>(this::state)).setHeader(getTranslation("webhooks.state")).setFlexGrow(3)
        .setWidth("18em");
    grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setHeader(getTranslation("webhooks.actions"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("webhooks.empty"));
    grid.asSingleSelect().addValueChangeListener(e -> deliveries.show(e.getValue()));
    HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("nav.webhooks")), create);
    toolbar.setAlignItems(Alignment.BASELINE);
    SplitLayout split = new SplitLayout(grid, deliveries, SplitLayout.Orientation.VERTICAL);
    split.setSizeFull();
    split.setSplitterPosition(40);
    add(toolbar, new Span(getTranslation("webhooks.intro")), split);
    refresh();
  }

  private String types(WebhookEndpoint e) {
    return e.eventTypes().isEmpty() ? getTranslation("webhooks.types.all")
        : e.eventTypes().size() == 1 ? e.eventTypes().get(0)
        : getTranslation("webhooks.types.count", e.eventTypes().size());
  }

  private Span state(WebhookEndpoint e) {
    Span state;
    if (!e.enabled()) {
      state = new Span(getTranslation("webhooks.state.disabled", e.disabledReason() == null ? ""
          : e.disabledReason()));
      state.getElement().getThemeList().add("badge error");
    } else if (e.failingSince() != null) {
      state = new Span(getTranslation("webhooks.state.failing", Formats.dateTime(e.failingSince(), getLocale())));
      state.getElement().getThemeList().add("badge contrast");
    } else {
      state = new Span(getTranslation("webhooks.state.active"));
      state.getElement().getThemeList().add("badge success");
    }
    state.getElement().setAttribute("title", state.getText());
    return state;
  }

  private HorizontalLayout actions(WebhookEndpoint e) {
    Button edit = small(getTranslation("webhooks.edit"), () -> new EndpointDialog(endpoints, e, admin, x -> refresh())
        .open());
    Button toggle = small(getTranslation(e.enabled() ? "webhooks.disable" : "webhooks.enable"), () -> {
      endpoints.change(e.id(), new WebhookEndpoints.EndpointChanges(null, null, null, !e.enabled()), admin);
      refresh();
    });
    Button rotate = small(getTranslation("webhooks.rotate"), () -> confirm("webhooks.rotate.title",
        "webhooks.rotate.text", "webhooks.rotate", e, () -> showSecret(endpoints.rotateSecret(e.id(), admin),
            "webhooks.rotated.explain")));
    Button delete = small(getTranslation("webhooks.delete"), () -> confirm("webhooks.delete.title",
        "webhooks.delete.text", "webhooks.delete", e, () -> endpoints.delete(e.id(), admin)));
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return new HorizontalLayout(edit, toggle, rotate, delete);
  }

  private void confirm(String title, String text, String action, WebhookEndpoint e, Runnable act) {
    ConfirmDialog dialog = new ConfirmDialog(getTranslation(title), getTranslation(text, e.url()),
        getTranslation(action), x -> {
          act.run();
          refresh();
        });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("common.cancel"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  private void showSecret(WebhookEndpoints.IssuedWebhookSecret issued, String explanation) {
    new OneTimeSecretDialog(getTranslation("webhooks.secret.title"), getTranslation(explanation,
        issued.endpoint().url()), issued.secret(), getTranslation("webhooks.secret.once")).open();
  }

  private static Button small(String text, Runnable action) {
    Button b = new Button(text, e -> action.run());
    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return b;
  }

  void refresh() {
    var selected = grid.asSingleSelect().getValue();
    var all = endpoints.list();
    grid.setItems(all);
    all.stream().filter(e -> selected != null && e.id().equals(selected.id())).findFirst()
        .ifPresentOrElse(grid::select, () -> deliveries.show(null));
  }
}
