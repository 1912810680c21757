package com.disputedesk.integration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.integration.WebhookEndpoints;
import com.disputedesk.security.Roles;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.support.WebhookReceiver;
import com.disputedesk.workspace.OneTimeSecretDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Webhooks screen as an administrator works it: register, see the secret once, read deliveries, delete. */
class WebhooksViewTest extends IntegrationTest {
  @Autowired ApplicationContext context;
  @Autowired WebhookEndpoints endpoints;
  private final WebhookReceiver receiver = new WebhookReceiver();

  @BeforeEach
  void startVaadin() {
    KaribuSupport.start(context);
    KaribuSupport.signIn("admin", Roles.ADMIN);
  }

  @AfterEach
  void stopVaadin() {
    KaribuSupport.stop();
    endpoints.list().stream().filter(e -> e.url().equals(receiver.url()))
        .forEach(e -> endpoints.delete(e.id(), "admin"));
    receiver.close();
  }

  @Test
  void anAdministratorRegistersAnEndpointSeesItsSecretOnceAndReadsItsDeliveries() {
    UI.getCurrent().navigate("admin/webhooks");
    WebhooksView view = _get(WebhooksView.class);
    int before = GridKt._size(view.grid);
    view.create.click();
    EndpointDialog dialog = _get(EndpointDialog.class);
    dialog.url.setValue("ftp://shop.example/hooks");
    dialog.save.click();
    assertThat(dialog.url.isInvalid()).isTrue();
    assertThat(dialog.url.getErrorMessage()).contains("http or https");
    dialog.url.setValue(receiver.url());
    dialog.types.setValue(Set.of("dispute.opened"));
    dialog.save.click();
    assertThat(_get(OneTimeSecretDialog.class).value.getValue()).startsWith("whsec_");
    assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
    int row = before;
    assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, row))).contains(receiver.url(), "dispute.opened",
        "Active");

    var d = cases.open();
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(d.id()).size() == 1);
    // the receiver answers before the delivery's state commits: the screen is read again until it says so
    await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
      view.grid.deselectAll();
      view.grid.select(GridKt._get(view.grid, row));
      assertThat(GridKt._size(view.deliveries.grid)).isGreaterThanOrEqualTo(1);
      assertThat(String.join(" ", GridKt._getFormattedRow(view.deliveries.grid, 0))).contains("dispute opened",
          "Delivered", "HTTP 204");
    });
  }

  @Test
  void theScreenSpeaksRussian() {
    UI.getCurrent().setLocale(new java.util.Locale("ru"));
    endpoints.create(receiver.url(), "Склад", java.util.List.of(), "admin");
    UI.getCurrent().navigate("admin/webhooks");
    WebhooksView view = _get(WebhooksView.class);
    var row = String.join(" ", GridKt._getFormattedRow(view.grid, GridKt._size(view.grid) - 1));
    assertThat(row).contains("Все типы", "Работает");
    assertThat(view.deliveries.title.getText()).isEqualTo("Выберите получателя выше, чтобы увидеть его доставки.");
    view.grid.select(GridKt._get(view.grid, GridKt._size(view.grid) - 1));
    assertThat(view.deliveries.grid.getEmptyStateText()).isEqualTo("На этот адрес ещё ничего не доставлялось.");
  }

  @Test
  void deletingAsksFirstAndSaysWhatHappens() {
    endpoints.create(receiver.url(), null, java.util.List.of("dispute.closed"), "admin");
    UI.getCurrent().navigate("admin/webhooks");
    WebhooksView view = _get(WebhooksView.class);
    int count = GridKt._size(view.grid);
    var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(view.grid,
        count - 1, "actions");
    actions.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
        .filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow().click();
    ConfirmDialog confirm = _get(ConfirmDialog.class);
    assertThat(confirm.getElement().getProperty("message")).contains(receiver.url()).contains("no more events");
    assertThat(GridKt._size(view.grid)).as("nothing deleted before the confirmation").isEqualTo(count);
  }
}
