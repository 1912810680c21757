package com.disputedesk.workspace;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.PartyRecord;
import com.disputedesk.timeline.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The lines case views show for a dispute of a party's history, a record, a timeline step: words, not codes. */
public final class Records {
  private Records() {}

  /** "ORD-1 · Resolved · Partial refund". */
  public static String dispute(Dispute d) {
    return d.orderId() + " · " + Labels.of(d.status())
        + (d.decision() == null ? "" : " · " + Labels.code("outcome", d.decision().outcome()));
  }

  /** "Complaint · https://… · Resolved · Upheld · Listing removal". */
  public static String text(PartyRecord r) {
    return Labels.code("record", r.kind()) + (r.about() == null ? "" : " · " + r.about())
        + r.facts().stream().map(f -> " · " + Labels.of(f)).collect(Collectors.joining());
  }

  /** "Seller seller-7 · Proposed · Partial refund", "Mediator m1 · Decided · Partial refund · 2 500,00 ₽". */
  public static String timeline(TimelineEntry e, Locale locale, String currency) {
    StringBuilder line = new StringBuilder(Labels.code("role", e.actorRole()));
    if (e.actor() != null && !"system".equals(e.actor())) {
      line.append(' ').append(e.actor());
    }
    line.append(" · ").append(Labels.code("timeline", e.type()));
    Object outcome = e.details().getOrDefault("outcome", e.details().get("type"));
    if (outcome != null) {
      // a complaint is upheld or dismissed; a mediation decision under appeal is upheld or overturned
      String family = "COMPLAINT_RESOLVED".equals(e.type()) ? "complaintOutcome" : "outcome";
      line.append(" · ").append(Labels.code(family, outcome.toString()));
    }
    Object refund = e.details().get("refund");
    if (refund != null && currency != null) {
      try {
        BigDecimal amount = new BigDecimal(refund.toString());
        if (amount.signum() > 0) {
          line.append(" · ").append(Formats.money(amount, currency, locale));
        }
      } catch (NumberFormatException notAnAmount) {
        // details written by an older release: the step's name says enough
      }
    }
    return line.toString();
  }

  /** The case's steps, newest last, as the titled card every case view shows. */
  public static Div timelineCard(List<TimelineEntry> entries, Locale locale, String currency) {
    var list = new UnorderedList();
    list.addClassName("dd-timeline");
    for (TimelineEntry e : entries) {
      var time = new Span(Formats.dateTime(e.at(), locale));
      time.addClassName("dd-time");
      list.add(new ListItem(time, new Span(timeline(e, locale, currency))));
    }
    return Cards.card(Labels.translate("case.timeline"), entries.isEmpty()
        ? new Paragraph(Labels.translate("case.noTimeline")) : list);
  }
}
