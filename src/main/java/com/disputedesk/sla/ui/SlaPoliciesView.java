package com.disputedesk.sla.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.sla.SlaPolicy;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Operations leads read and change SLA policies; a change applies to timers created from now on. */
@Route(value = "sla-policies", layout = MainLayout.class)
@PageTitle("SLA policies — DisputeDesk")
@RolesAllowed({"OPS_LEAD", "ADMIN"})
class SlaPoliciesView extends VerticalLayout {
  final Grid<SlaPolicy> grid = new Grid<>();
  private final SlaPolicies policies;
  private final String user;

  SlaPoliciesView(SlaPolicies policies, AuthenticationContext auth) {
    this.policies = policies;
    this.user = auth.getPrincipalName().orElseThrow();
    grid.addColumn(SlaPolicy::key).setHeader(getTranslation("sla.key")).setAutoWidth(true);
    grid.addColumn(SlaPolicy::duration).setHeader(getTranslation("sla.duration")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("sla.calendar." + p.calendar().name())).setHeader(getTranslation("sla.calendar"));
    grid.addColumn(SlaPolicy::description).setHeader(getTranslation("sla.description")).setFlexGrow(2);
    grid.addColumn(p -> p.updatedBy() == null ? "" : p.updatedBy() + ", " + Formats.dateTime(p.updatedAt(), getLocale()))
        .setHeader(getTranslation("sla.changed"));
    grid.addComponentColumn(p -> new Button(getTranslation("sla.edit"), e -> edit(p)));
    grid.setAllRowsVisible(true);
    add(new H2(getTranslation("nav.sla")), new Paragraph(getTranslation("sla.hint")), grid);
    grid.setItems(policies.all());
  }

  void edit(SlaPolicy policy) {
    Dialog dialog = new Dialog(getTranslation("sla.edit") + " " + policy.key());
    TextField duration = new TextField(getTranslation("sla.duration"), policy.duration(), "");
    duration.setHelperText("P15D, PT4H");
    Select<SlaCalendar> calendar = new Select<>();
    calendar.setLabel(getTranslation("sla.calendar"));
    calendar.setItems(SlaCalendar.values());
    calendar.setItemLabelGenerator(c -> getTranslation("sla.calendar." + c.name()));
    calendar.setValue(policy.calendar());
    Button save = new Button(getTranslation("common.save"), e -> {
      try {
        policies.update(policy.key(), duration.getValue().strip(), calendar.getValue(), user);
        grid.setItems(policies.all());
        dialog.close();
        Notification.show(getTranslation("sla.saved"), 3000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      } catch (InvalidInput ex) {
        duration.setErrorMessage(ex.errors().get(0).message());
        duration.setInvalid(true);
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new VerticalLayout(duration, calendar));
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
    dialog.open();
  }
}
