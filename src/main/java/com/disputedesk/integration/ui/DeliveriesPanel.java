package com.disputedesk.integration.ui;

import com.disputedesk.integration.WebhookDeliveries;
import com.disputedesk.integration.WebhookDeliveries.WebhookDelivery;
import com.disputedesk.integration.WebhookEndpoint;
import com.disputedesk.workspace.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/** Every delivery to one endpoint, newest first, lazily; a row opens its attempts. Resend one, or all since a time. */
class DeliveriesPanel extends VerticalLayout {
  private static final String ALL = "ALL";
  final Grid<WebhookDelivery> grid = new Grid<>();
  final Select<String> status = new Select<>();
  final DateTimePicker since = new DateTimePicker();
  final Button resendSince = new Button();
  final H3 title = new H3();
  private final WebhookDeliveries deliveries;
  private WebhookEndpoint endpoint;

  DeliveriesPanel(WebhookDeliveries deliveries) {
    this.deliveries = deliveries;
    setSizeFull();
    setPadding(false);
    status.setLabel(getTranslation("deliveries.status"));
    status.setItems(ALL, "PENDING", "DELIVERED", "GAVE_UP");
    status.setItemLabelGenerator(s -> getTranslation("deliveries.status." + s));
    status.setValue(ALL);
    status.addValueChangeListener(e -> reload());
    since.setLabel(getTranslation("deliveries.since"));
    resendSince.setText(getTranslation("deliveries.resend.since"));
    resendSince.addClickListener(e -> resendSince());
    grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setHeader(getTranslation("deliveries.at"))
        .setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(d -> getTranslation("event." + d.eventType())).setHeader(getTranslation("deliveries.type"))
        .setAutoWidth(true).setTooltipGenerator(WebhookDelivery::eventType);
    grid.addColumn(d -> d.caseId().toString().substring(0, 8) + " · " + d.sequence())
        .setHeader(getTranslation("deliveries.case")).setAutoWidth(true)
        .setTooltipGenerator(d -> d.caseId().toString());
    grid.addColumn(new ComponentRenderer<>(this::badge)).setHeader(getTranslation("deliveries.status"))
        .setAutoWidth(true);
    grid.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("deliveries.attempts")).setAutoWidth(true);
    grid.addColumn(this::lastAnswer).setHeader(getTranslation("deliveries.answer")).setFlexGrow(2)
        .setWidth("16em").setTooltipGenerator(this::lastAnswer);
    grid.addColumn(d -> "PENDING".equals(d.status()) ? Formats.dateTime(d.nextAttemptAt(), getLocale()) : "")
        .setHeader(getTranslation("deliveries.next")).setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(d -> {
      Button resend = new Button(getTranslation("deliveries.resend"), e -> {
        deliveries.resend(endpoint.id(), d.id());
        Notification.show(getTranslation("deliveries.resent", 1), 3000, Notification.Position.BOTTOM_START);
        reload();
      });
      resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      return resend;
    })).setAutoWidth(true).setFlexGrow(0);
    grid.setItemDetailsRenderer(new ComponentRenderer<>(this::attempts));
    grid.setSizeFull();
    HorizontalLayout tools = new HorizontalLayout(status, since, resendSince);
    tools.setAlignItems(Alignment.BASELINE);
    add(title, tools, grid);
    show(null);
  }

  void show(WebhookEndpoint selected) {
    this.endpoint = selected;
    title.setText(selected == null ? getTranslation("deliveries.none") : getTranslation("deliveries.title",
        selected.url()));
    grid.setEmptyStateText(selected == null ? "" : getTranslation("deliveries.empty"));
    status.setEnabled(selected != null);
    since.setEnabled(selected != null);
    resendSince.setEnabled(selected != null);
    reload();
  }

  private void reload() {
    if (endpoint == null) {
      grid.setItems(java.util.List.of());
      return;
    }
    String wanted = ALL.equals(status.getValue()) ? null : status.getValue();
    var id = endpoint.id();
    grid.setItems(q -> deliveries.of(id, wanted, q.getOffset(), q.getLimit()).stream(),
        q -> deliveries.count(id, wanted));
  }

  private void resendSince() {
    if (since.getValue() == null) {
      since.setErrorMessage(getTranslation("deliveries.since.required"));
      since.setInvalid(true);
      return;
    }
    since.setInvalid(false);
    int queued = deliveries.resendSince(endpoint.id(), since.getValue().atZone(Formats.zone()).toInstant()).queued();
    Notification.show(getTranslation("deliveries.resent", queued), 4000, Notification.Position.BOTTOM_START);
    reload();
  }

  private Span badge(WebhookDelivery d) {
    Span badge = new Span(getTranslation("deliveries.status." + d.status()));
    badge.getElement().getThemeList().add(switch (d.status()) {
      case "DELIVERED" -> "badge success";
      case "GAVE_UP" -> "badge error";
      default -> "badge";
    });
    return badge;
  }

  private String lastAnswer(WebhookDelivery d) {
    if (d.history().isEmpty()) {
      return getTranslation("deliveries.notyet");
    }
    return answer(d.history().get(d.history().size() - 1));
  }

  /** The receiver's status code, or what prevented an answer in the user's language (known causes). */
  private String answer(WebhookDeliveries.WebhookAttempt a) {
    if (a.responseStatus() != null) {
      return "HTTP " + a.responseStatus();
    }
    String error = a.error() == null ? "" : a.error();
    if (error.startsWith("no answer within")) {
      return getTranslation("deliveries.error.timeout");
    }
    if (error.startsWith("connection refused")) {
      return getTranslation("deliveries.error.refused");
    }
    if (error.startsWith("url ")) {
      return getTranslation("deliveries.error.address");
    }
    return error;
  }

  private Div attempts(WebhookDelivery d) {
    Div list = new Div();
    list.addClassName("dd-attempts");
    if (d.history().isEmpty()) {
      list.add(new Span(getTranslation("deliveries.notyet")));
    }
    for (var a : d.history()) {
      String answer = answer(a);
      String excerpt = a.responseExcerpt() == null || a.responseExcerpt().isBlank() ? ""
          : " · " + a.responseExcerpt().strip().replaceAll("\\s+", " ");
      list.add(new Div(new Span(Formats.dateTime(a.at(), getLocale()) + " · " + answer + " · "
          + getTranslation("deliveries.ms", a.durationMs()) + excerpt)));
    }
    return list;
  }
}
