package com.disputedesk.party.ui;

import com.disputedesk.account.Standing;
import com.disputedesk.party.PartyFile;
import com.disputedesk.party.PartyRecords;
import com.disputedesk.search.CaseKind;
import com.disputedesk.search.FoundCase;
import com.disputedesk.search.ui.CaseLinks;
import com.disputedesk.search.ui.CaseWords;
import com.disputedesk.workspace.CaseTitle;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.MainLayout;
import com.disputedesk.workspace.Titled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import com.disputedesk.search.CaseSearch;

/** A buyer's or seller's whole record with us: their cases counted and listed, their standing, their coupons. */
@Route(value = "parties/:partyId", layout = MainLayout.class)
@RolesAllowed({"MEDIATOR", "COMMISSIONER", "QUALITY_REVIEWER", "COMPLAINT_REVIEWER", "OPS_LEAD", "ADMIN"})
class PartyRecordView extends VerticalLayout implements BeforeEnterObserver, Titled, CaseTitle {
  final Grid<FoundCase> grid = new Grid<>();
  private final PartyRecords records;
  private String partyId;

  PartyRecordView(PartyRecords records) {
    this.records = records;
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    partyId = event.getRouteParameters().get("partyId").orElse("");
    removeAll();
    PartyFile file = records.of(partyId);
    Span standing = new Span(Labels.of(file.standing().status()));
    standing.addClassName("dd-badge");
    if (file.standing().status() != Standing.Status.ACTIVE) {
      standing.addClassName("dd-badge-alert");
    }
    HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("party.title", partyId)), standing);
    header.setAlignItems(Alignment.BASELINE);
    int cases = records.caseCount(partyId);
    if (cases == 0 && file.standing().changedAt() == null) {
      add(header, new Paragraph(getTranslation("party.unknown", partyId)));
      return;
    }
    Div figures = new Div(asBuyer(file), asSeller(file), other(file));
    figures.addClassName("dd-statements");
    add(header, figures, new H3(getTranslation("party.cases", cases)), grid());
  }

  private Div asBuyer(PartyFile f) {
    Locale l = getLocale();
    List<String> lines = new ArrayList<>();
    if (shown(CaseKind.DISPUTE, lines)) {
      lines.add(getTranslation("party.buyer.disputes", f.disputes("BUYER"), f.tally().open(CaseKind.DISPUTE, "BUYER")));
      lines.add(getTranslation("party.buyer.outcomes", f.disputes("BUYER", PartyFile.REFUNDED),
          f.disputes("BUYER", PartyFile.REJECTED), f.disputes("BUYER", PartyFile.AGREED),
          f.disputes("BUYER", PartyFile.CANCELLED)));
      lines.add(rate("party.buyer.winRate", f.buyerWinRate()));
    }
    if (shown(CaseKind.APPEAL, lines)) {
      lines.add(getTranslation("party.buyer.appeals", f.tally().count(CaseKind.APPEAL, "BUYER"),
          f.tally().count(CaseKind.APPEAL, "BUYER", List.of("OVERTURNED"))));
      lines.add(getTranslation("party.buyer.coupons", f.coupons().size(), f.coupons().isEmpty() ? "—"
          : Formats.money(f.couponTotal(), f.coupons().get(0).currency(), l), f.spendableCoupons()));
    }
    return card(getTranslation("party.asBuyer"), lines);
  }

  private Div asSeller(PartyFile f) {
    List<String> lines = new ArrayList<>();
    if (shown(CaseKind.DISPUTE, lines)) {
      lines.add(getTranslation("party.seller.disputes", f.disputes("SELLER"),
          f.tally().open(CaseKind.DISPUTE, "SELLER")));
      lines.add(getTranslation("party.seller.outcomes", f.disputes("SELLER", PartyFile.REFUNDED),
          f.disputes("SELLER", PartyFile.REJECTED), f.disputes("SELLER", PartyFile.AGREED)));
      lines.add(rate("party.seller.lossRate", f.sellerLossRate()));
    }
    if (shown(CaseKind.COMPLAINT, lines)) {
      lines.add(getTranslation("party.seller.complaints", f.tally().count(CaseKind.COMPLAINT, "SELLER"),
          f.tally().count(CaseKind.COMPLAINT, "SELLER", PartyFile.SANCTIONED)));
    }
    return card(getTranslation("party.asSeller"), lines);
  }

  private Div other(PartyFile f) {
    Standing s = f.standing();
    List<String> lines = new ArrayList<>();
    if (shown(CaseKind.COMPLAINT, lines)) {
      lines.add(getTranslation("party.other.complaintsFiled", f.tally().count(CaseKind.COMPLAINT, "OTHER")));
    }
    if (shown(CaseKind.ACCOUNT_REVIEW, lines)) {
      lines.add(getTranslation("party.other.reviews", f.tally().count(CaseKind.ACCOUNT_REVIEW, null),
          f.tally().open(CaseKind.ACCOUNT_REVIEW, null)));
    }
    lines.add(s.changedAt() == null ? getTranslation("party.other.neverSuspended")
        : getTranslation("party.other.standingSince", Labels.of(s.status()),
            Formats.dateTime(s.changedAt(), getLocale())));
    return card(getTranslation("party.other"), lines);
  }

  /** Counts of a kind the user may not open are not zeros: the line says they are not shown. */
  private boolean shown(CaseKind kind, List<String> lines) {
    if (CaseSearch.visibleKinds().contains(kind)) {
      return true;
    }
    lines.add(getTranslation("party.hidden", CaseWords.kind(kind)));
    return false;
  }

  private String rate(String key, Integer percent) {
    return percent == null ? getTranslation(key + ".none") : getTranslation(key, percent);
  }

  private Grid<FoundCase> grid() {
    Locale l = getLocale();
    grid.addColumn(c -> CaseWords.kind(c.kind())).setHeader(getTranslation("cases.col.kind")).setAutoWidth(true);
    grid.addColumn(c -> side(c)).setHeader(getTranslation("party.col.side")).setAutoWidth(true);
    grid.addColumn(c -> c.orderId() == null ? "—" : c.orderId()).setHeader(getTranslation("cases.col.order"))
        .setAutoWidth(true);
    grid.addColumn(FoundCase::title).setHeader(getTranslation("cases.col.subject")).setFlexGrow(2)
        .setTooltipGenerator(FoundCase::title);
    grid.addColumn(c -> CaseWords.status(c.kind(), c.status())).setHeader(getTranslation("cases.col.status"))
        .setAutoWidth(true);
    grid.addColumn(c -> CaseWords.outcome(c.kind(), c.outcome())).setHeader(getTranslation("cases.outcome"))
        .setAutoWidth(true);
    grid.addColumn(c -> c.amount() == null ? "—" : Formats.money(c.amount(), c.currency(), l))
        .setHeader(getTranslation("cases.col.amount")).setAutoWidth(true);
    grid.addColumn(c -> Formats.dateTime(c.openedAt(), l)).setHeader(getTranslation("cases.col.opened"))
        .setAutoWidth(true);
    grid.getColumns().forEach(c -> c.setResizable(true));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setItems(q -> records.cases(partyId, q.getOffset(), q.getLimit()).stream());
    grid.addItemClickListener(e -> UI.getCurrent().navigate(CaseLinks.of(e.getItem().kind(), e.getItem().caseId(),
        e.getItem().linkId())));
    grid.setEmptyStateText(getTranslation("party.noCases"));
    grid.setHeight("60vh");
    return grid;
  }

  private String side(FoundCase c) {
    return getTranslation(partyId.equals(c.buyerId()) ? "cases.buyer" : partyId.equals(c.sellerId())
        ? "cases.seller" : c.kind() == CaseKind.ACCOUNT_REVIEW ? "cases.underReview" : "party.side.reporter");
  }

  private static Div card(String title, List<String> lines) {
    Div card = new Div(new H3(title));
    card.addClassName("dd-card");
    for (String line : lines) {
      card.add(new Paragraph(line));
    }
    return card;
  }

  @Override
  public String caseName() {
    return partyId;
  }
}
