package com.disputedesk.integration.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.RuleViolation;
import com.disputedesk.integration.EventType;
import com.disputedesk.integration.WebhookEndpoint;
import com.disputedesk.integration.WebhookEndpoints;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Registers an endpoint ({@code endpoint} null) or changes one; errors are shown at their field. */
class EndpointDialog extends Dialog {
  final TextField url = new TextField();
  final TextField description = new TextField();
  final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
  final Button save = new Button();

  EndpointDialog(WebhookEndpoints endpoints, WebhookEndpoint endpoint, String admin,
      Consumer<WebhookEndpoints.IssuedWebhookSecret> created) {
    setHeaderTitle(getTranslation(endpoint == null ? "webhooks.new" : "webhooks.edit.title"));
    url.setLabel(getTranslation("webhooks.url"));
    url.setPlaceholder("https://shop.example/hooks/disputedesk");
    url.setWidthFull();
    description.setLabel(getTranslation("webhooks.description"));
    description.setWidthFull();
    types.setLabel(getTranslation("webhooks.types"));
    types.setHelperText(getTranslation("webhooks.types.help"));
    types.setItems(Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    types.setItemLabelGenerator(t -> t + " — " + getTranslation("event." + t));
    types.setWidthFull();
    if (endpoint != null) {
      url.setValue(endpoint.url());
      description.setValue(endpoint.description() == null ? "" : endpoint.description());
      types.setValue(new java.util.HashSet<>(endpoint.eventTypes()));
    }
    save.setText(getTranslation(endpoint == null ? "webhooks.create" : "common.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> {
      List<String> chosen = types.getValue().stream().sorted().toList();
      try {
        if (endpoint == null) {
          created.accept(endpoints.create(url.getValue(), description.getValue(), chosen, admin));
        } else {
          endpoints.change(endpoint.id(), new WebhookEndpoints.EndpointChanges(url.getValue(),
              description.getValue(), chosen, null), admin);
          created.accept(null);
        }
        close();
      } catch (InvalidInput invalid) {
        invalid.errors().forEach(error -> {
          if (error.field().equals("description")) {
            description.setErrorMessage(getTranslation("webhooks.error.description"));
            description.setInvalid(true);
          } else {
            url.setErrorMessage(getTranslation("webhooks.error.url"));
            url.setInvalid(true);
          }
        });
      } catch (RuleViolation refused) {
        url.setErrorMessage(getTranslation("webhooks.error.limit"));
        url.setInvalid(true);
      }
    });
    add(new VerticalLayout(url, description, types));
    getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    setWidth("40em");
  }
}
