package com.disputedesk.mediation.ui;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Offer;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.mediation.EvidenceHints;
import com.disputedesk.mediation.EvidenceRequest;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.timeline.TimelineEntry;
import com.disputedesk.workspace.FileLabels;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import com.disputedesk.workspace.Records;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;

/**
 * The case file: order, both statements, negotiation, evidence, requests, the parties' history, the timeline. Also
 * what the appeal commission reads before deciding an appeal.
 */
public class CaseFilePanel extends VerticalLayout {
  private final MediatorDesk desk;
  private final Locale locale;

  public CaseFilePanel(MediatorDesk.CaseFile file, MediatorDesk desk) {
    this.desk = desk;
    this.locale = getLocale();
    setPadding(false);
    Dispute d = file.dispute();
    add(order(d), statements(d, file.negotiation()), negotiation(d, file.negotiation()), evidence(file.evidence(), d),
        requests(file.evidenceRequests()), history(file), timeline(file.timeline(), d.currency()));
  }

  private Div order(Dispute d) {
    Paragraph records = new Paragraph(getTranslation("case.partyRecords") + " ");
    records.add(com.disputedesk.workspace.PartyLink.of(d.buyerId(), getTranslation("case.buyerRecord", d.buyerId())),
        new Span(" · "), com.disputedesk.workspace.PartyLink.of(d.sellerId(),
            getTranslation("case.sellerRecord", d.sellerId())));
    return card(getTranslation("case.order"), records, keyValues(
        getTranslation("case.orderId"), d.orderId(),
        getTranslation("case.store"), d.storeName() + " (" + d.sellerId() + ")",
        getTranslation("case.buyer"), d.buyerId(),
        getTranslation("case.totalPaid"), money(d, d.totalPaid()),
        getTranslation("case.couponPaid"), money(d, d.couponPaid()),
        getTranslation("case.moneyPaid"), money(d, d.moneyPaid()),
        getTranslation("case.tracking"), d.trackingNumber() == null ? "—" : d.trackingNumber(),
        getTranslation("case.reason"), Labels.of(d.reason()) + (d.goodsReceived() ? " · " + getTranslation("case.received")
            : " · " + getTranslation("case.notReceived")),
        getTranslation("case.escalated"), Formats.dateTime(d.escalatedAt(), locale) + " (" + Labels.code("party", d.escalatedBy()) + ")"));
  }

  private Div statements(Dispute d, List<Offer> offers) {
    Div buyer = card(getTranslation("case.buyerStatement"), new Paragraph(d.description()),
        new Paragraph(getTranslation("case.asks", Negotiations.describe(d.requested(), d, locale))));
    Offer lastSeller = offers.stream().filter(o -> o.party().equals("SELLER")).reduce((a, b) -> b).orElse(null);
    Div seller = card(getTranslation("case.sellerStatement"), lastSeller == null
        ? new Paragraph(getTranslation("case.sellerSilent"))
        : new Paragraph(Labels.code("offer", lastSeller.action()) + (lastSeller.message() == null ? "" : ": " + lastSeller.message())));
    Div both = new Div(buyer, seller);
    both.addClassName("dd-statements");
    return both;
  }

  private Div negotiation(Dispute d, List<Offer> offers) {
    UnorderedList list = new UnorderedList();
    list.addClassName("dd-timeline");
    for (Offer o : offers) {
      list.add(new ListItem(time(o.at()), new Span(Labels.code("party", o.party()) + " · " + Labels.code("offer", o.action())
          + (o.outcome() == null ? "" : " · " + Negotiations.describe(o.outcome(), d, locale))
          + (o.message() == null ? "" : " — " + o.message()))));
    }
    return card(getTranslation("case.negotiation"), list);
  }

  private Div evidence(List<EvidenceItem> items, Dispute d) {
    Div gallery = card(getTranslation("case.evidence"));
    gallery.addClassName("dd-evidence");
    if (items.isEmpty()) {
      gallery.add(new Paragraph(getTranslation("case.noEvidence")));
    }
    List<EvidenceItem> viewable = items.stream().filter(e -> e.isImage() || isDocument(e)).toList();
    for (EvidenceItem e : items) {
      // streamed by the evidence module with range requests: a video can be scrubbed, nothing is held in memory
      String src = evidenceUrl(e);
      Div item = new Div();
      item.addClassName("dd-card");
      item.add(new Paragraph(Labels.code("party", e.party()) + " · " + Labels.of(e.kind()) + " · " + Formats.dateTime(e.uploadedAt(), locale)
          + (e.note() == null ? "" : " — " + e.note())));
      if (e.isImage()) {
        Image thumbnail = new Image(src, e.filename() == null ? Labels.of(e.kind()) : e.filename());
        thumbnail.addClassName("dd-thumbnail");
        thumbnail.getElement().setAttribute("tabindex", "0");
        thumbnail.getElement().setAttribute("title", getTranslation("lightbox.open"));
        thumbnail.addClickListener(c -> new EvidenceLightbox(viewable, viewable.indexOf(e), CaseFilePanel::evidenceUrl)
            .open());
        item.add(thumbnail);
      } else if (e.isVideo()) {
        Html video = new Html("<video controls preload='metadata'></video>");
        video.getElement().setAttribute("src", src);
        item.add(video);
      } else if (isDocument(e)) {
        com.vaadin.flow.component.html.IFrame preview = new com.vaadin.flow.component.html.IFrame();
        preview.getElement().setAttribute("src", src);
        preview.getElement().setAttribute("title", getTranslation("case.preview"));
        preview.addClassName("dd-doc-preview");
        com.vaadin.flow.component.button.Button full = new com.vaadin.flow.component.button.Button(
            getTranslation("lightbox.fullWidth"), c -> new EvidenceLightbox(viewable, viewable.indexOf(e),
                CaseFilePanel::evidenceUrl).open());
        full.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        item.add(preview, full);
      }
      Anchor download = new Anchor(src + "?download=true", getTranslation("case.download") + " " + (e.filename() == null ? "" : e.filename()));
      download.getElement().setAttribute("download", true);
      download.getElement().setAttribute("router-ignore", true);
      Span hash = new Span("SHA-256 " + e.sha256());
      hash.addClassName("dd-hash");
      // the size never breaks inside its digits, as the hash may
      Span size = new Span(" · " + FileLabels.size(e.size(), locale) + " · " + FileLabels.type(e.contentType()));
      size.getElement().setAttribute("title", getTranslation("case.bytes", e.size()) + " · " + e.contentType());
      size.addClassName("dd-nowrap");
      Div meta = new Div(hash, size);
      meta.addClassName("dd-evidence-meta");
      item.add(download, meta);
      for (EvidenceHints.Hint h : EvidenceHints.of(e, d)) {
        Object[] args = h.args().stream()
            .map(a -> a instanceof java.time.Instant i ? Formats.dateTime(i, locale) : a).toArray();
        Span hint = new Span(getTranslation(h.key(), args));
        hint.addClassName("dd-hint");
        item.add(new Div(hint));
      }
      gallery.add(item);
    }
    return gallery;
  }

  private static boolean isDocument(EvidenceItem e) {
    return e.contentType().equals("application/pdf") || e.contentType().startsWith("text/");
  }

  private static String evidenceUrl(EvidenceItem e) {
    var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
    return (request == null ? "" : request.getContextPath()) + "/evidence/" + e.evidenceId();
  }

  private Div requests(List<EvidenceRequest> requests) {
    UnorderedList list = new UnorderedList();
    list.addClassName("dd-timeline");
    for (EvidenceRequest r : requests) {
      list.add(new ListItem(time(r.createdAt()), new Span(Labels.of(r.status()) + " · " + r.message()
          + (r.buyerAnswer() == null ? "" : " · " + Labels.code("party", "BUYER") + ": " + r.buyerAnswer())
          + (r.sellerAnswer() == null ? "" : " · " + Labels.code("party", "SELLER") + ": " + r.sellerAnswer()))));
    }
    return card(getTranslation("case.requests"), requests.isEmpty()
        ? new Paragraph(getTranslation("case.noRequests")) : list);
  }

  private Div history(MediatorDesk.CaseFile file) {
    Div card = card(getTranslation("case.history"),
        history("case.history.buyer", file.buyerHistory()), history("case.history.seller", file.sellerHistory()));
    // complaints and account reviews of either party: the seed's buyers were judged without them
    file.buyerRecords().forEach(r -> card.add(new Paragraph(getTranslation("case.record.buyer", Records.text(r)))));
    file.sellerRecords().forEach(r -> card.add(new Paragraph(getTranslation("case.record.seller", Records.text(r)))));
    return card;
  }

  /**
   * A party's other disputes, one per line, each a link: to the mediation view for who may open it, else to the case
   * search for its order (a commissioner finds its appeal there, never a screen not meant for them).
   */
  private Paragraph history(String key, List<Dispute> disputes) {
    if (disputes.isEmpty()) {
      return new Paragraph(getTranslation(key + ".none"));
    }
    Paragraph line = new Paragraph(getTranslation(key, disputes.size()));
    line.addClassName("dd-stack");
    boolean opensDisputes = com.disputedesk.search.CaseSearch.visibleKinds()
        .contains(com.disputedesk.search.CaseKind.DISPUTE);
    disputes.stream().limit(5).forEach(d -> line.add(new Anchor(opensDisputes ? "mediation/case/" + d.id()
        : "cases?q=" + java.net.URLEncoder.encode(d.orderId(), java.nio.charset.StandardCharsets.UTF_8),
        Records.dispute(d))));
    return line;
  }

  private Div timeline(List<TimelineEntry> entries, String currency) {
    return Records.timelineCard(entries, locale, currency);
  }

  private Component time(java.time.Instant at) {
    return new Html("<time>" + escape(Formats.dateTime(at, locale)) + "</time>");
  }

  private String money(Dispute d, java.math.BigDecimal amount) {
    return Formats.money(amount, d.currency(), locale);
  }

  private static Div card(String title, Component... content) {
    Div card = new Div(new H3(title));
    card.addClassName("dd-card");
    card.add(content);
    return card;
  }

  private static Html keyValues(String... pairs) {
    StringBuilder html = new StringBuilder("<dl class='dd-kv'>");
    for (int i = 0; i < pairs.length; i += 2) {
      html.append("<dt>").append(escape(pairs[i])).append("</dt><dd>").append(escape(pairs[i + 1])).append("</dd>");
    }
    return new Html(html.append("</dl>").toString());
  }

  private static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
