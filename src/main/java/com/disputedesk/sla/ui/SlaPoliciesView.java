package com.disputedesk.sla.ui;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.sla.CaseReferences;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Operations leads read and change SLA policies; a change applies to timers created from now on. */
@Route(value = "sla-policies", layout = MainLayout.class)
@RolesAllowed({"OPS_LEAD", "ADMIN"})
class SlaPoliciesView extends VerticalLayout implements com.disputedesk.workspace.Titled {
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

  private final CaseReferences references;

  SlaPoliciesView(SlaPolicies policies, Retiming retiming, RetimeRuns runs, TimerIncidents failures,
      CaseReferences references, AuthenticationContext auth) {
    this.references = references;
    this.runs = runs;
    this.policies = policies;
    this.retiming = retiming;
    this.user = auth.getPrincipalName().orElseThrow();
    // at 1440 px every column is read in full: words wrap, the policy's purpose takes what is left
    grid.addColumn(this::description).setHeader(getTranslation("sla.key")).setFlexGrow(3)
        .setTooltipGenerator(SlaPolicy::key);
    grid.addColumn(p -> DurationWords.of(this, p.duration(), p.calendar())).setHeader(getTranslation("sla.duration"))
        .setWidth("12em").setFlexGrow(0).setTooltipGenerator(SlaPolicy::duration);
    grid.addColumn(p -> p.updatedBy() == null ? "—" : p.updatedBy() + ", " + Formats.dateTime(p.updatedAt(), getLocale()))
        .setHeader(getTranslation("sla.changed")).setWidth("13em").setFlexGrow(0)
        .setTooltipGenerator(p -> p.updatedBy() == null ? "" : p.updatedBy());
    grid.addComponentColumn(p -> new Button(getTranslation("sla.edit"), e -> edit(p))).setWidth("10em").setFlexGrow(0)
        .setHeader(getTranslation("sla.action"));
    grid.setAllRowsVisible(true);
    progress.setVisible(false);
    progressLabel.setVisible(false);
    add(new H2(getTranslation("nav.sla")), new Paragraph(getTranslation("sla.hint")), progressLabel, progress, grid);
    grid.addColumn(p -> retiming.running(p.key())).setHeader(getTranslation("sla.running")).setWidth("10em")
        .setFlexGrow(0);
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.setItems(policies.all());
    history.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale())).setHeader(getTranslation("sla.changed"))
        .setAutoWidth(true);
    history.addColumn(PolicyChange::changedBy).setHeader(getTranslation("sla.who")).setAutoWidth(true);
    history.addColumn(PolicyChange::key).setHeader(getTranslation("sla.key")).setAutoWidth(true);
    history.addColumn(c -> c.oldDuration().equals(c.newDuration()) && c.oldCalendar() == c.newCalendar()
            ? getTranslation("sla.retimedOnly") : DurationWords.of(this, c.oldDuration(), c.oldCalendar()) + " → "
            + DurationWords.of(this, c.newDuration(), c.newCalendar()))
        .setHeader(getTranslation("sla.change")).setFlexGrow(2);
    history.addColumn(PolicyChange::timersMoved).setHeader(getTranslation("sla.moved")).setAutoWidth(true);
    history.setAllRowsVisible(true);
    history.setEmptyStateText(getTranslation("sla.noHistory"));
    history.setItems(policies.history(50));
    incidents.addColumn(i -> timerName(i.activityId())).setHeader(getTranslation("sla.timer")).setAutoWidth(true);
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
    Dialog dialog = new Dialog(getTranslation("sla.editTitle", description(policy)));
    Select<SlaCalendar> calendar = new Select<>();
    calendar.setLabel(getTranslation("sla.calendar"));
    calendar.setItems(SlaCalendar.values());
    calendar.setItemLabelGenerator(c -> getTranslation("sla.calendar." + c.name()));
    calendar.setValue(policy.calendar());
    duration = new DurationInput(policy.duration(), policy.calendar());
    preview.addClassName("dd-preview");
    save = new Button(getTranslation("common.save"), e -> save(policy, calendar, dialog, false));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveAndRetime = new Button(getTranslation("sla.saveRetime"), e -> save(policy, calendar, dialog, true));
    saveAndRetime.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    Runnable showPreview = () -> showPreview(policy, calendar.getValue());
    duration.amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    duration.amount.addValueChangeListener(e -> showPreview.run());
    duration.unit.addValueChangeListener(e -> showPreview.run());
    calendar.addValueChangeListener(e -> {
      duration.fitTo(e.getValue());
      showPreview.run();
    });
    showPreview.run();
    // which BPMN timers the policy times: here rather than in the list, where the policy's purpose needs the room
    dialog.add(new VerticalLayout(new Paragraph(getTranslation("sla.policyKey", policy.key())),
        new Paragraph(getTranslation("sla.usedBy") + ": " + (timers(policy.key()).isEmpty() ? "—" : timers(policy.key()))),
        calendar, duration, preview));
    dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save, saveAndRetime);
    dialog.setWidth("44em");
    dialog.open();
  }

  DurationInput duration;
  Button save;
  Button saveAndRetime;

  /**
   * The numbers the operations lead decides on, which re-timing then does: how many timers move, with examples by
   * order number. Invalid input disables saving and says why at the field.
   */
  void showPreview(SlaPolicy policy, SlaCalendar calendar) {
    String iso = duration.iso();
    boolean unchanged = policy.duration().equals(iso) && policy.calendar() == calendar;
    try {
      if (iso == null) {
        throw new InvalidInput("duration", "missing");
      }
      RetimePlan plan = retiming.preview(policy.key(), iso, calendar);
      duration.amount.setInvalid(false);
      StringBuilder text = new StringBuilder(getTranslation(unchanged ? "sla.previewUnchanged" : "sla.preview",
          plan.runningTimers(), plan.moving(), plan.overdueAtOnce(),
          plan.earliestNewDue() == null ? "—" : Formats.dateTime(plan.earliestNewDue(), getLocale())));
      plan.sample().stream().limit(SAMPLE_SHOWN).forEach(m -> text.append("\n").append(caseName(m.caseId()))
          .append(": ").append(Formats.dateTime(m.oldDue(), getLocale())).append(" → ")
          .append(Formats.dateTime(m.newDue(), getLocale())));
      if (plan.moving() > SAMPLE_SHOWN) {
        text.append("\n").append(getTranslation("sla.previewMore", plan.moving() - SAMPLE_SHOWN));
      }
      preview.setText(text.toString());
      save.setEnabled(!unchanged);
      saveAndRetime.setEnabled(plan.moving() > 0);
    } catch (InvalidInput ex) {
      duration.amount.setErrorMessage(getTranslation(calendar == SlaCalendar.CLOCK ? "sla.invalidClock"
          : "sla.invalidDays"));
      duration.amount.setInvalid(true);
      preview.setText("");
      save.setEnabled(false);
      saveAndRetime.setEnabled(false);
    }
  }

  private static final int SAMPLE_SHOWN = 5;

  private String caseName(java.util.UUID caseId) {
    return caseId == null ? "—" : references.of(caseId).orElse(caseId.toString());
  }

  private String description(SlaPolicy policy) {
    String key = "sla.policy." + policy.key();
    String text = getTranslation(key);
    return text == null || text.contains(key) ? policy.description() : text;
  }

  /** The timers a policy times, by name, each once (two models may name the same timer alike). */
  private String timers(String key) {
    return String.join(", ", retiming.usedBy(key).stream().map(this::timerName).distinct().toList());
  }

  private String timerName(String activityId) {
    String key = "bpmn." + activityId;
    String text = getTranslation(key);
    return text == null || text.contains(key) ? activityId : text;
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
      progress.setValue(1);
      progressLabel.setText(getTranslation("sla.progressDone", run.key(), run.done(), run.total()));
      history.setItems(policies.history(50));
      grid.getDataProvider().refreshAll();
      Notification.show(getTranslation("sla.retimed", run.done()), 4000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
  }

  void save(SlaPolicy policy, Select<SlaCalendar> calendar, Dialog dialog, boolean retime) {
    try {
      if (!policy.duration().equals(duration.iso()) || policy.calendar() != calendar.getValue()) {
        policies.update(policy.key(), duration.iso(), calendar.getValue(), user);
      }
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
      duration.amount.setErrorMessage(getTranslation("sla.invalidDays"));
      duration.amount.setInvalid(true);
    }
  }
}
