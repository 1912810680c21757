package com.disputedesk.reporting.ui;

import com.disputedesk.reporting.Dashboard;
import com.disputedesk.workspace.MainLayout;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Leads see queue load, breaches over the last two weeks, time per stage and mediators' SLA compliance. */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({"OPS_LEAD", "QUALITY_REVIEWER", "ADMIN"})
class DashboardView extends VerticalLayout implements com.disputedesk.workspace.Titled {
  final Grid<Dashboard.QueueLoad> queues = new Grid<>();
  final Grid<Dashboard.MediatorFigures> mediators = new Grid<>();
  final Html chart;

  DashboardView(Dashboard dashboard) {
    queues.addColumn(q -> com.disputedesk.workspace.Labels.code("group", q.queue())).setHeader(getTranslation("dash.queue"));
    queues.addColumn(Dashboard.QueueLoad::open).setHeader(getTranslation("dash.open"));
    queues.addColumn(Dashboard.QueueLoad::dueToday).setHeader(getTranslation("dash.dueToday"));
    queues.addColumn(Dashboard.QueueLoad::breached).setHeader(getTranslation("dash.breached"));
    queues.setAllRowsVisible(true);
    queues.setItems(dashboard.queues());

    List<Dashboard.DailyBreaches> breaches = dashboard.breaches(14);
    Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
    LocalDate today = dashboard.today();
    for (LocalDate d = today.minusDays(13); !d.isAfter(today); d = d.plusDays(1)) {
      perDay.put(d, 0);
    }
    breaches.forEach(b -> perDay.merge(b.day(), b.breaches(), Integer::sum));
    chart = new Html("<div>" + SvgBars.render(getTranslation("dash.breachesChart"), perDay.entrySet().stream()
        .map(e -> new SvgBars.Bar(e.getKey().getDayOfMonth() + "." + e.getKey().getMonthValue(), e.getValue()))
        .toList()) + "</div>");

    mediators.addColumn(Dashboard.MediatorFigures::mediator).setHeader(getTranslation("dash.mediator"));
    mediators.addColumn(Dashboard.MediatorFigures::decided).setHeader(getTranslation("dash.decided"));
    mediators.addColumn(m -> Math.round(m.withinSlaShare() * 100) + " %").setHeader(getTranslation("dash.withinSla"));
    mediators.addColumn(m -> m.overturnRate() == null ? "—" : Math.round(m.overturnRate() * 100) + " %")
        .setHeader(getTranslation("dash.overturn"));
    mediators.setAllRowsVisible(true);
    List<Dashboard.MediatorFigures> figures = dashboard.mediators();
    mediators.setItems(figures);

    var stages = new Grid<Dashboard.StageTime>();
    stages.addColumn(st -> com.disputedesk.workspace.Labels.of(com.disputedesk.dispute.DisputeStatus.Stage.class,
        String.valueOf(st.stage()))).setHeader(getTranslation("dash.stage"));
    stages.addColumn(st -> getTranslation("dash.hours", String.format(getLocale(), "%.1f", st.medianHours())))
        .setHeader(getTranslation("dash.median"));
    stages.addColumn(Dashboard.StageTime::cases).setHeader(getTranslation("dash.cases"));
    stages.setAllRowsVisible(true);
    stages.setItems(dashboard.stageTimes());

    add(new H2(getTranslation("nav.dashboard")), new H3(getTranslation("dash.queues")), queues,
        new H3(getTranslation("dash.breachesChart")), chart, csv("breaches.csv", breachesCsv(breaches)),
        new H3(getTranslation("dash.stages")), stages, new H3(getTranslation("dash.mediators")), mediators,
        csv("mediators.csv", mediatorsCsv(figures)));
  }

  static String breachesCsv(List<Dashboard.DailyBreaches> rows) {
    StringBuilder csv = new StringBuilder("day,policy,breaches\n");
    rows.forEach(r -> csv.append(r.day()).append(',').append(r.policy()).append(',').append(r.breaches()).append('\n'));
    return csv.toString();
  }

  static String mediatorsCsv(List<Dashboard.MediatorFigures> rows) {
    StringBuilder csv = new StringBuilder("mediator,decided,within_sla_share,overturn_rate\n");
    rows.forEach(r -> csv.append(r.mediator()).append(',').append(r.decided()).append(',')
        .append(String.format(java.util.Locale.ROOT, "%.3f", r.withinSlaShare())).append(',')
        .append(r.overturnRate() == null ? "" : r.overturnRate()).append('\n'));
    return csv.toString();
  }

  private Anchor csv(String name, String content) {
    StreamResource resource = new StreamResource(name,
        () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    resource.setContentType("text/csv");
    Anchor link = new Anchor(resource, getTranslation("dash.csv", name));
    link.getElement().setAttribute("download", true);
    return link;
  }
}
