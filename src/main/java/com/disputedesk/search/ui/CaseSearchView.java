package com.disputedesk.search.ui;

import com.disputedesk.search.CaseKind;
import com.disputedesk.search.CaseSearch;
import com.disputedesk.search.FoundCase;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.workspace.SlaChip;
import com.disputedesk.workspace.Titled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * Every case of every kind in any state, one search away ({@code /} from anywhere): by an id, an order, a party, a
 * tracking number or a coupon code, or any part of a store name, item title or listing; filters and order in the URL.
 */
@Route(value = CaseSearchView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"MEDIATOR", "COMMISSIONER", "QUALITY_REVIEWER", "COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
public class CaseSearchView extends VerticalLayout implements BeforeEnterObserver, Titled,
    com.disputedesk.workspace.SearchesCases {
  final Grid<FoundCase> grid = new Grid<>();
  final Span count = new Span();
  final com.vaadin.flow.component.button.Button clear = new com.vaadin.flow.component.button.Button();
  final Span emptyText = new Span();
  final CaseFilters filters;
  private final CaseSearch search;
  private final Clock clock;
  private boolean reading;

  CaseSearchView(CaseSearch search, Clock clock) {
    this.search = search;
    this.clock = clock;
    Set<CaseKind> visible = CaseSearch.visibleKinds();
    filters = new CaseFilters(visible, this::changed);
    count.addClassName("dd-badge");
    clear.setText(getTranslation("cases.clearFilters"));
    clear.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
    clear.addClickListener(e -> UI.getCurrent().navigate(ROUTE));
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cases.title")), count, clear);
    header.setAlignItems(Alignment.BASELINE);
    columns(getLocale());
    grid.setItems(q -> search.page(filters.query(), q.getOffset(), q.getLimit()).stream());
    grid.addItemClickListener(e -> open(e.getItem()));
    grid.getElement().addEventListener("keydown", e -> grid.asSingleSelect().getOptionalValue().ifPresent(this::open))
        .setFilter("event.key === 'Enter'");
    grid.setEmptyStateComponent(new Div(emptyText));
    add(header, filters, grid);
    setSizeFull();
    grid.setSizeFull();
  }

  private void columns(Locale locale) {
    grid.addColumn(f -> CaseWords.kind(f.kind())).setHeader(getTranslation("cases.col.kind")).setAutoWidth(true)
        .setFlexGrow(0).setKey("kind");
    grid.addColumn(f -> f.orderId() == null ? "—" : f.orderId()).setHeader(getTranslation("cases.col.order"))
        .setAutoWidth(true).setKey("order");
    grid.addColumn(FoundCase::title).setHeader(getTranslation("cases.col.subject")).setFlexGrow(3).setKey("subject")
        .setWidth("12rem").setTooltipGenerator(FoundCase::title);
    // badges and parties wrap (LUMO_WRAP_CELL_CONTENT), so long Russian statuses never push columns off screen
    grid.addComponentColumn(this::status).setHeader(getTranslation("cases.col.status")).setWidth("13rem")
        .setFlexGrow(1).setKey("status");
    grid.addComponentColumn(this::parties).setHeader(getTranslation("cases.col.parties")).setWidth("12rem")
        .setFlexGrow(1).setKey("parties");
    grid.addColumn(f -> f.amount() == null ? "—" : Formats.money(f.amount(), f.currency(), locale))
        .setHeader(getTranslation("cases.col.amount")).setAutoWidth(true).setKey("amount");
    grid.addColumn(f -> f.holder() == null ? "" : f.holder()).setHeader(getTranslation("cases.col.holder"))
        .setAutoWidth(true).setKey("holder");
    grid.addComponentColumn(this::deadlineOrOutcome)
        .setHeader(getTranslation("cases.col.slaOrOutcome")).setAutoWidth(true).setKey("sla");
    grid.addColumn(f -> Formats.dateTime(f.openedAt(), locale)).setHeader(getTranslation("cases.col.opened"))
        .setAutoWidth(true).setKey("opened");
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
  }

  /** An open case's countdown; once decided, the outcome beside the window still running (the appeal's). */
  private com.vaadin.flow.component.Component deadlineOrOutcome(FoundCase f) {
    if (!f.open()) {
      return new Span(CaseWords.outcome(f.kind(), f.outcome()));
    }
    if (f.slaDueAt() == null) {
      return new Span(f.outcome() == null ? "" : CaseWords.outcome(f.kind(), f.outcome()));
    }
    var chip = SlaChip.of(f.openedAt(), f.slaDueAt(), clock.instant());
    return f.outcome() == null ? chip : new Div(new Span(CaseWords.outcome(f.kind(), f.outcome()) + " · "), chip);
  }

  private Span status(FoundCase f) {
    String status = CaseWords.status(f.kind(), f.status());
    String stage = f.stage() == null ? null : getTranslation("code.stage." + f.stage());
    // a stage that only repeats the status ("Reactivation appeal filed · Reactivation appeal") is left out
    boolean repeats = stage == null || status.toLowerCase(getLocale()).contains(stage.toLowerCase(getLocale()));
    String text = repeats ? status : status + " · " + stage;
    Span badge = new Span(text);
    badge.addClassNames("dd-badge", "dd-badge-wrap");
    return badge;
  }

  private Div parties(FoundCase f) {
    Div parties = new Div();
    parties.addClassName("dd-stack");
    if (f.buyerId() != null) {
      parties.add(partyLink(f.buyerId(), getTranslation("cases.buyer")));
    }
    if (f.sellerId() != null) {
      parties.add(partyLink(f.sellerId(), f.storeName() != null ? f.storeName() : getTranslation("cases.seller")));
    }
    if (f.buyerId() == null && f.sellerId() == null && f.kind() == CaseKind.ACCOUNT_REVIEW) {
      parties.add(partyLink(f.title(), getTranslation("cases.underReview")));
    }
    return parties;
  }

  private static Anchor partyLink(String partyId, String role) {
    return com.disputedesk.workspace.PartyLink.of(partyId, role + " " + partyId);
  }

  private void changed() {
    if (reading) {
      return;
    }
    refresh();
    UI.getCurrent().getPage().getHistory().replaceState(null, ROUTE + query(CaseParameters.of(filters.values())));
  }

  private void refresh() {
    var q = filters.query();
    boolean reversed = q.openedFrom() != null && q.openedBefore() != null && !q.openedFrom().isBefore(q.openedBefore());
    emptyText.setText(getTranslation(reversed ? "cases.datesReversed" : "cases.empty"));
    var set = new java.util.HashMap<>(CaseParameters.of(filters.values()));
    if (CaseSearch.visibleKinds().size() == 1) {
      set.remove("kind"); // chosen for them, nothing to clear
    }
    clear.setVisible(!set.isEmpty());
    int n = search.count(q);
    count.setText(n > CaseSearch.COUNT_CAP ? getTranslation("cases.countOver", CaseSearch.COUNT_CAP)
        : getTranslation("cases.count", n));
    grid.getDataProvider().refreshAll();
  }

  private void open(FoundCase f) {
    UI.getCurrent().navigate(CaseLinks.of(f.kind(), f.caseId(), f.linkId()));
  }

  @Override
  public void focusSearch() {
    filters.search.focus();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    reading = true;
    filters.show(CaseParameters.read(event.getLocation().getQueryParameters().getParameters()));
    reading = false;
    refresh();
    filters.search.focus();
  }

  private static String query(java.util.Map<String, String> parameters) {
    return parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString();
  }
}
