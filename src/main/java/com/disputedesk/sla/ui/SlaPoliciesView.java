package com.disputedesk.sla.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.sla.SlaCalendar;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.sla.PolicyChange;
import com.disputedesk.sla.RetimePlan;
import com.disputedesk.sla.RetimeRuns;
import com.disputedesk.sla.TimerIncidents;
import com.disputedesk.sla.Retiming;
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
  private final Retiming retiming;
  private final String user;
  final Paragraph preview = new Paragraph();
  final com.vaadin.flow.component.progressbar.ProgressBar progress = new com.vaadin.flow.component.progressbar.ProgressBar();
  final com.vaadin.flow.component.html.Span progressLabel = new com.vaadin.flow.component.html.Span();
  private final RetimeRuns runs;
  private com.vaadin.flow.shared.Registration polling;

  final Grid<PolicyChange> history = new Grid<>();
  final Grid<TimerIncidents.Incident> incidents = new Grid<>();

  SlaPoliciesView(SlaPolicies policies, Retiming retiming, RetimeRuns runs, TimerIncidents failures,
      AuthenticationContext auth) {
    this.runs = runs;
    this.policies = policies;
    this.retiming = retiming;
    this.user = auth.getPrincipalName().orElseThrow();
    grid.addColumn(SlaPolicy::key).setHeader(getTranslation("sla.key")).setAutoWidth(true);
    grid.addColumn(SlaPolicy::duration).setHeader(getTranslation("sla.duration")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("sla.calendar." + p.calendar().name())).setHeader(getTranslation("sla.calendar"));
    grid.addColumn(SlaPolicy::description).setHeader(getTranslation("sla.description")).setFlexGrow(2);
    grid.addColumn(p -> p.updatedBy() == null ? "" : p.updatedBy() + ", " + Formats.dateTime(p.updatedAt(), getLocale()))
        .setHeader(getTranslation("sla.changed"));
    grid.addComponentColumn(p -> new Button(getTranslation("sla.edit"), e -> edit(p)));
    grid.setAllRowsVisible(true);
    progress.setVisible(false);
    progressLabel.setVisible(false);
    add(new H2(getTranslation("nav.sla")), new Paragraph(getTranslation("sla.hint")), progressLabel, progress, grid);
    grid.addColumn(p -> String.join(", ", retiming.usedBy(p.key()))).setHeader(getTranslation("sla.usedBy"))
        .setAutoWidth(true);
    grid.addColumn(p -> retiming.running(p.key())).setHeader(getTranslation("sla.running"))
        .setAutoWidth(true);
    grid.setItems(policies.all());
    history.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale())).setHeader(getTranslation("sla.changed"))
        .setAutoWidth(true);
    history.addColumn(PolicyChange::changedBy).setHeader(getTranslation("sla.who")).setAutoWidth(true);
    history.addColumn(PolicyChange::key).setHeader(getTranslation("sla.key")).setAutoWidth(true);
    history.addColumn(c -> c.oldDuration() + " " + c.oldCalendar() + " → " + c.newDuration() + " " + c.newCalendar())
        .setHeader(getTranslation("sla.change")).setFlexGrow(2);
    history.addColumn(PolicyChange::timersMoved).setHeader(getTranslation("sla.moved")).setAutoWidth(true);
    history.setAllRowsVisible(true);
    history.setEmptyStateText(getTranslation("sla.noHistory"));
    history.setItems(policies.history(50));
    incidents.addColumn(TimerIncidents.Incident::activityId).setHeader(getTranslation("sla.timer")).setAutoWidth(true);
    incidents.addColumn(TimerIncidents.Incident::message).setHeader(getTranslation("sla.failure")).setFlexGrow(2);
    incidents.addComponentColumn(i -> new Button(getTranslation("sla.retry"), e -> {
      failures.retry(i.jobId());
      incidents.setItems(failures.open());
    })).setAutoWidth(true);
    incidents.setAllRowsVisible(true);
    incidents.setEmptyStateText(getTranslation("sla.noIncidents"));
    incidents.setItems(failures.open());
    add(new com.vaadin.flow.component.html.H3(getTranslation("sla.history")), history,
        new com.vaadin.flow.component.html.H3(getTranslation("sla.incidents")), incidents);
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
    preview.addClassName("dd-preview");
    Runnable showPreview = () -> showPreview(policy.key(), duration, calendar.getValue());
    duration.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    duration.addValueChangeListener(e -> showPreview.run());
    calendar.addValueChangeListener(e -> showPreview.run());
    showPreview.run();
    Button save = new Button(getTranslation("common.save"), e -> save(policy, duration, calendar, dialog, false));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button saveAndRetime = new Button(getTranslation("sla.saveRetime"),
        e -> save(policy, duration, calendar, dialog, true));
    saveAndRetime.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.add(new VerticalLayout(duration, calendar, preview));
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save, saveAndRetime);
    dialog.open();
  }

  /** The numbers the operations lead decides on: they match what re-timing then does. */
  void showPreview(String key, TextField duration, SlaCalendar calendar) {
    try {
      RetimePlan plan = retiming.preview(key, duration.getValue().strip(), calendar);
      duration.setInvalid(false);
      StringBuilder text = new StringBuilder(getTranslation("sla.preview", plan.runningTimers(), plan.moving(),
          plan.overdueAtOnce(), plan.earliestNewDue() == null ? "—" : Formats.dateTime(plan.earliestNewDue(), getLocale())));
      plan.sample().stream().limit(5).forEach(m -> text.append("\n").append(m.caseId()).append(": ")
          .append(Formats.dateTime(m.oldDue(), getLocale())).append(" → ")
          .append(Formats.dateTime(m.newDue(), getLocale())));
      preview.setText(text.toString());
    } catch (InvalidInput ex) {
      duration.setErrorMessage(ex.errors().get(0).message());
      duration.setInvalid(true);
      preview.setText("");
    }
  }

  /** Shows the background re-timing's progress until it finishes. */
  void follow(RetimeRuns.Run run) {
    progress.setVisible(true);
    progressLabel.setVisible(true);
    showProgress(run);
    getUI().ifPresent(ui -> {
      ui.setPollInterval(500);
      polling = ui.addPollListener(e -> runs.find(run.id()).ifPresent(this::showProgress));
    });
  }

  void showProgress(RetimeRuns.Run run) {
    progress.setValue(run.total() == 0 ? 1 : Math.min(1, run.done() / (double) run.total()));
    progressLabel.setText(getTranslation("sla.progress", run.key(), run.done(), run.total()));
    if (run.finished()) {
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
      if (polling != null) {
        polling.remove();
      }
      progress.setVisible(false);
      progressLabel.setVisible(false);
      history.setItems(policies.history(50));
      grid.getDataProvider().refreshAll();
      Notification.show(getTranslation("sla.retimed", run.done()), 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
  }

  void save(SlaPolicy policy, TextField duration, Select<SlaCalendar> calendar, Dialog dialog, boolean retime) {
    try {
      policies.update(policy.key(), duration.getValue().strip(), calendar.getValue(), user);
      grid.setItems(policies.all());
      history.setItems(policies.history(50));
      dialog.close();
      if (retime) {
        follow(runs.start(policy.key(), user));
      } else {
        Notification.show(getTranslation("sla.saved"), 4000, Notification.Position.BOTTOM_START)
            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      }
    } catch (InvalidInput ex) {
      duration.setErrorMessage(ex.errors().get(0).message());
      duration.setInvalid(true);
    }
  }
}
