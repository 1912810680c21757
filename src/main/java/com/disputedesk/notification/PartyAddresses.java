package com.disputedesk.notification;

import com.disputedesk.dispute.Dispute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The marketplace may send parties' emails with the order; otherwise its relay address for the party id is used. */
@Component
class PartyAddresses {
  private final String template;

  PartyAddresses(@Value("${disputedesk.notification.party-address:%s@parties.marketplace.example}") String template) {
    this.template = template;
  }

  String buyer(Dispute d) {
    return d.buyerEmail() != null ? d.buyerEmail() : template.formatted(d.buyerId());
  }

  /** A party known only by id (complaints, account reviews): the marketplace's relay address. */
  String of(String partyId) {
    return template.formatted(partyId);
  }

  String seller(Dispute d) {
    return d.sellerEmail() != null ? d.sellerEmail() : template.formatted(d.sellerId());
  }
}
