package com.disputedesk.demo;

import com.disputedesk.reply.ReplyTemplates;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The reply templates a lead keeps for the seed's stories: an empty parcel proven by the post office's opening report,
 * a seller's edited "invoice", a parcel that never came, a buyer without proof, and the appeal commission's words.
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "disputedesk.demo.data", havingValue = "true")
record DemoReplies(ReplyTemplates templates) implements ApplicationRunner {
  private static final String LEAD = "opslead1";

  @Override
  public void run(ApplicationArguments args) {
    if (!templates.all().isEmpty()) {
      return;
    }
    templates.save(null, "DECISION", "FULL_REFUND", "EMPTY_PARCEL_CONFIRMED", "Empty parcel, post office report",
        "Dear {buyer}, the post office's opening report for order {order} records the parcel's weight and that it "
            + "arrived without the item. The seller has not shown that the item was packed. You receive a full refund "
            + "of {refund}. Either party may appeal this decision until {deadline}.", LEAD);
    templates.save(null, "DECISION", "FULL_REFUND", "SELLER_EVIDENCE_UNRELIABLE", "Seller's invoice cannot be relied on",
        "Dear {buyer}, the document the seller sent for order {order} is an editable file whose figures were changed "
            + "after the sale, so we could not rely on it. You receive a full refund of {refund}. Either party may "
            + "appeal this decision until {deadline}.", LEAD);
    templates.save(null, "DECISION", "FULL_REFUND", "NOT_DELIVERED", "Parcel never arrived",
        "Dear {buyer}, the tracking of order {order} shows no delivery to you and the seller could not prove one. "
            + "You receive a full refund of {refund}. Either party may appeal this decision until {deadline}.", LEAD);
    templates.save(null, "DECISION", "PARTIAL_REFUND", null, "Partial refund, item kept",
        "Dear {buyer}, the evidence for order {order} shows the item differs from its listing, but it can still be "
            + "used. You keep the item and receive {refund} back. Either party may appeal this decision until "
            + "{deadline}.", LEAD);
    templates.save(null, "DECISION", "REJECTED", "INSUFFICIENT_BUYER_EVIDENCE", "Not enough evidence from the buyer",
        "Dear {buyer}, we could not find evidence for your claim about order {order}: no photos, opening report or "
            + "tracking record shows a problem, so no refund is due. You may appeal this decision until {deadline} "
            + "with evidence we have not seen.", LEAD);
    templates.save(null, "EVIDENCE_REQUEST", null, "EMPTY_PACKAGE", "Ask for the opening report",
        "Please send the post office's opening report for order {order} (the act drawn up when the parcel was opened "
            + "at the counter) and a photo of the parcel's label, by {deadline}.", LEAD);
    templates.save(null, "EVIDENCE_REQUEST", null, null, "Ask both sides for proof",
        "To decide on order {order} we need your evidence: photos or video of the item and its packaging, and for the "
            + "seller the dispatch record with the parcel's weight. Please answer by {deadline}.", LEAD);
    templates.save(null, "APPEAL_DECISION", "OVERTURNED", null, "Overturned, coupons",
        "Dear {buyer}, the appeal commission reviewed order {order} again and found the mediation decision wrong. "
            + "You are compensated with coupons worth {refund}, credited to your account on {deadline} and valid for "
            + "60 days; they can be split over several orders.", LEAD);
    templates.save(null, "APPEAL_DECISION", "UPHELD", null, "Upheld",
        "Dear {buyer}, the appeal commission reviewed order {order} and the evidence of both sides again. The "
            + "mediator's decision was right and it stands.", LEAD);
  }
}
