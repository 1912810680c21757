package com.disputedesk.demo;

import static com.disputedesk.dispute.DisputeReason.COUNTERFEIT;
import static com.disputedesk.dispute.DisputeReason.DAMAGED;
import static com.disputedesk.dispute.DisputeReason.EMPTY_PACKAGE;
import static com.disputedesk.dispute.DisputeReason.NOT_AS_DESCRIBED;
import static com.disputedesk.dispute.DisputeReason.NOT_RECEIVED;
import static com.disputedesk.dispute.DisputeReason.QUANTITY_SHORT;
import static com.disputedesk.dispute.DisputeReason.WRONG_ITEM;
import static com.disputedesk.evidence.EvidenceKind.DOCUMENT;
import static com.disputedesk.evidence.EvidenceKind.PHOTO;
import static com.disputedesk.evidence.EvidenceKind.TRACKING;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.worklist.WorkClaims;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo cases once, into an empty database. Stories follow the seed: an empty parcel with a postal
 * opening report, a seller's editable "invoice", phones that arrive as spare parts, parcels that never came.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "disputedesk.demo.data", havingValue = "true")
class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final Outcome FULL = new Outcome(OutcomeType.FULL_REFUND, null);
  private final DemoServices services;
  private final JdbcClient jdbc;
  private final WorkClaims claims;
  private Instant now;
  private int order = 85542677;

  DemoData(DemoServices services, JdbcClient jdbc, WorkClaims claims) {
    this.services = services;
    this.jdbc = jdbc;
    this.claims = claims;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from dispute").query(Integer.class).single() > 0) {
      return;
    }
    now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    try {
      seedStories();
      negotiations();
      mediations();
      closedCases();
      log.info("Demo data: {} disputes written; their due timers fire as the job executor starts",
          jdbc.sql("select count(*) from dispute").query(Integer.class).single());
    } finally {
      ClockUtil.reset();
    }
    // the demo's mediators are at work right now: their claims start a fresh lease
    jdbc.sql("select task_id, assignee from worklist_item where assignee is not null")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
        .forEach(claim -> claims.renewLease(claim[0], claim[1]));
  }

  /** The seed's own buyer: 12,168.71 RUB for a smartphone that was not in the parcel. */
  private void seedStories() {
    story("buyer-irina", "eternal-team", days(5)).open(next(), "Eternal Team", "Meizu M5 Note smartphone",
            "12168.71", "0.00", EMPTY_PACKAGE, true, FULL,
            "The parcel was opened at the post office and there was no smartphone inside. The customs act No. 41376 "
                + "from Vnukovo records damaged packaging and a weight of 331 g instead of 508 g.", "RB293148069SG")
        .buyerEvidence(hours(2), DOCUMENT, "postal-opening-report.pdf",
            DemoFiles.pdf("Opening report: parcel RB293148069SG received empty, weight 331 g"), "Postal opening report")
        .buyerEvidence(hours(1), DOCUMENT, "customs-act-41376.pdf",
            DemoFiles.pdf("Act 41376 Vnukovo MMPO: packaging violated, weight 331 g instead of 508 g"), "Customs act")
        .buyerEvidence(hours(1), PHOTO, "empty-box.jpg", DemoFiles.photo("Empty box at the post office",
            new Color(0xE8D9C0)), "The empty box")
        .sellerRejects(hours(20), "We shipped the phone. Please see our invoice and warehouse weight.")
        .sellerEvidence(hours(1), DOCUMENT, "invoice.xlsx", DemoFiles.spreadsheet(now.minus(days(4))),
            "Invoice for the shipped phone")
        .escalate(hours(5))
        .claim(hours(30), "mediator1");

    story("buyer-pavel", "gadget-world", days(12)).open(next(), "Gadget World", "Xiaomi Redmi Note 12 phone, 256 GB",
            "2490.00", "300.00", WRONG_ITEM, true, FULL,
            "I paid for a phone and received a box with a used battery and two screws.", "RB551200418SG")
        .buyerEvidence(hours(3), PHOTO, "spare-parts.jpg", DemoFiles.photo("Battery and two screws", new Color(0xD6E4F0)),
            "What was inside")
        .sellerRejects(days(1), "The customer received what was shown on the listing photo.")
        .escalate(hours(4))
        .claim(hours(3), "mediator2")
        .requestEvidence(hours(2), "mediator2", false, true, "Send the listing screenshot as it was on the order day.")
        .answer(days(1), false, "The listing said 'phone parts set' in the description.")
        .decide(hours(6), "mediator2", DecisionOutcome.FULL_REFUND, null, DecisionReason.WRONG_ITEM_CONFIRMED,
            "The title and photos promised a complete phone. A parts set hidden in the description is misleading.");

    // the seed's "12,168.71, then 0.00 on the last day": here the reversal waits for a second mediator
    story("buyer-olga", "eternal-team", days(9)).open(next(), "Eternal Team", "Meizu M5 Note smartphone, 32 GB",
            "12168.71", "0.00", EMPTY_PACKAGE, true, FULL,
            "Postal opening report: the box held packing foam only. Weight at the border 331 g instead of 508 g.",
            "RB293148077SG")
        .buyerEvidence(hours(1), DOCUMENT, "opening-report.pdf",
            DemoFiles.pdf("Opening report: parcel RB293148077SG, no smartphone inside"), "Postal opening report")
        .sellerRejects(hours(12), "The phone was packed; the buyer is lying.")
        .escalate(hours(2))
        .claim(hours(20), "mediator1")
        .decide(hours(2), "mediator1", DecisionOutcome.FULL_REFUND, null, DecisionReason.EMPTY_PARCEL_CONFIRMED,
            "The postal opening report and the customs weight record show the parcel arrived without the phone.")
        .proposeRevision(days(6), "mediator2", DecisionOutcome.REJECTED, null,
            DecisionReason.INSUFFICIENT_BUYER_EVIDENCE, "The seller claims the buyer account is linked to earlier "
                + "fraud reports; refund withdrawn.");
  }

  private void negotiations() {
    String[][] items = {
        {"Bluetooth earbuds", "1890.50", "0.00"}, {"Winter jacket, size L", "5400.00", "400.00"},
        {"Ceramic teapot", "760.00", "0.00"}, {"USB-C charger 65 W", "1320.00", "120.00"},
        {"Kids' raincoat", "990.00", "0.00"}, {"Mechanical keyboard", "4700.00", "500.00"},
        {"LED desk lamp", "1450.00", "0.00"}, {"Hiking backpack 40 l", "3300.00", "300.00"}};
    DisputeReason[] reasons = {NOT_RECEIVED, DAMAGED, DAMAGED, NOT_AS_DESCRIBED, QUANTITY_SHORT, NOT_AS_DESCRIBED,
        NOT_RECEIVED, COUNTERFEIT};
    for (int i = 0; i < items.length; i++) {
      boolean received = reasons[i] != NOT_RECEIVED;
      DemoStory s = story("buyer-n" + i, "store-n" + (i % 4), days(1 + i)).open(next(), "Store N" + (i % 4),
          items[i][0], items[i][1], items[i][2], reasons[i], received, FULL,
          received ? "The item arrived " + reasons[i].name().toLowerCase().replace('_', ' ') + "; photos attached."
              : "Tracking has not moved for three weeks and the seller does not answer.", "RR" + (700000 + i) + "CN");
      if (received) {
        s.buyerEvidence(hours(1), PHOTO, "item-" + i + ".jpg", DemoFiles.photo(items[i][0], new Color(0xF2E6D9)), "Photo");
      }
      switch (i % 4) {
        case 0 -> s.sellerProposes(hours(10), "500.00", "We can refund part of the price as a goodwill gesture.");
        case 1 -> s.sellerRejects(hours(8), "The item was checked before shipping.");
        case 2 -> s.sellerProposes(hours(12), null, "We will send a replacement at our cost.");
        default -> { }
      }
    }
  }

  private void mediations() {
    String[] items = {"Smart watch with heart-rate sensor", "Leather wallet", "Robot vacuum cleaner",
        "Gaming mouse", "Set of 6 wine glasses", "Tablet 10 inch", "Branded sneakers", "Action camera 4K",
        "Electric toothbrush", "Power bank 20000 mAh"};
    DisputeReason[] reasons = {COUNTERFEIT, NOT_AS_DESCRIBED, NOT_RECEIVED, DAMAGED, QUANTITY_SHORT, EMPTY_PACKAGE,
        COUNTERFEIT, NOT_RECEIVED, DAMAGED, NOT_AS_DESCRIBED};
    for (int i = 0; i < items.length; i++) {
      boolean received = reasons[i] != NOT_RECEIVED;
      // 0-5: escalated by the buyer 0-9 days ago (older ones breach their 5-working-day SLA);
      // 6-9: never answered, escalated by the negotiation timer when the job executor starts
      int ageDays = i < 6 ? 1 + i * 2 : 16 + i;
      DemoStory s = story("buyer-m" + i, "store-m" + (i % 3), days(ageDays)).open(next(), "Store M" + (i % 3), items[i],
          String.valueOf(1500 + i * 730) + ".00", i % 2 == 0 ? "200.00" : "0.00", reasons[i], received, FULL,
          "The " + items[i].toLowerCase() + " is not what I ordered; I ask for my money back.", "LP" + (880000 + i) + "CN");
      if (received) {
        s.buyerEvidence(hours(2), PHOTO, "evidence-" + i + ".jpg", DemoFiles.photo(items[i], new Color(0xE0F0E0)),
            "Photo of the item");
      }
      if (i < 6) {
        s.sellerRejects(hours(12), "We disagree: the buyer confirmed receipt in good order.").escalate(hours(6));
        if (i == 1) {
          s.claim(hours(2), "mediator1").requestEvidence(hours(1), "mediator1", true, true,
              "Buyer: a photo of the stitching. Seller: the supplier's certificate.");
        }
        if (i == 3) {
          s.claim(hours(1), "mediator2").requestEvidence(hours(1), "mediator2", false, true,
              "Send the packing video from your warehouse.");
        }
        if (i == 5) {
          s.claim(hours(3), "mediator2");
        }
      }
    }
  }

  private void closedCases() {
    story("buyer-c1", "store-c", days(20)).open(next(), "Store C", "Portable speaker", "2100.00", "0.00",
            DAMAGED, true, FULL, "The speaker crackles at any volume.", "CP100200300CN")
        .buyerEvidence(hours(1), PHOTO, "speaker.jpg", DemoFiles.photo("Crackling speaker", new Color(0xEEEEEE)), "Photo")
        .sellerAccepts(hours(20));
    story("buyer-c2", "store-c", days(15)).open(next(), "Store C", "Phone case", "390.00", "0.00", WRONG_ITEM, true,
            FULL, "Wrong model: the case does not fit.", null)
        .buyerEvidence(hours(1), PHOTO, "case.jpg", DemoFiles.photo("Case next to the phone", new Color(0xDDEEFF)), "Photo")
        .sellerProposes(hours(6), "200.00", "Keep it and we refund half.").buyerAcceptsProposal(hours(3));
    story("buyer-c3", "store-c", days(9)).open(next(), "Store C", "Scarf", "800.00", "0.00", NOT_RECEIVED, false,
        FULL, "Never arrived.", "RA000111222CN").cancel(days(2));
    story("buyer-c4", "store-d", days(6)).open(next(), "Store D", "Sunglasses", "1200.00", "0.00", NOT_RECEIVED,
        false, FULL, "Never arrived.", null).cancel(hours(30));
    decided("buyer-d0", days(25), DecisionOutcome.REJECTED, null, DecisionReason.DELIVERED_AS_DESCRIBED,
        "Tracking shows delivery to the buyer's pickup point, signed by the buyer.");
    decided("buyer-d1", days(18), DecisionOutcome.PARTIAL_REFUND, "700.00", DecisionReason.DAMAGE_CONFIRMED,
        "One of the two items was damaged in transit; half of the price is refunded.");
    decided("buyer-d2", days(14), DecisionOutcome.REFUND_WITH_RETURN, null, DecisionReason.NOT_AS_DESCRIBED_CONFIRMED,
        "The material is not genuine leather as listed; return the item for a full refund.");
    decided("buyer-d3", days(8), DecisionOutcome.FULL_REFUND, null, DecisionReason.NOT_DELIVERED,
        "The tracking stopped at the sorting centre and the seller gave no proof of delivery.");
    decided("buyer-d4", days(6), DecisionOutcome.PARTIAL_REFUND, "1000.00", DecisionReason.QUANTITY_SHORT_CONFIRMED,
        "Four of the ten pieces were missing; the refund covers them.");
    decided("buyer-d5", days(5), DecisionOutcome.REJECTED, null, DecisionReason.INSUFFICIENT_BUYER_EVIDENCE,
        "No photo or report shows a defect; the seller's video shows a working device.");
  }

  /** Opened {@code age} ago, escalated a day later, decided two days after that. */
  private void decided(String buyer, Duration age, DecisionOutcome outcome, String amount, DecisionReason reason,
      String explanation) {
    story(buyer, "store-e", age).open(next(), "Store E", "Headphones", "2000.00", "0.00", NOT_AS_DESCRIBED, true, FULL,
            "Sound only in one ear.", "RE" + buyer.hashCode() + "CN")
        .buyerEvidence(hours(1), PHOTO, "headphones.jpg", DemoFiles.photo("Headphones", new Color(0xF5F5DC)), "Photo")
        .sellerRejects(hours(10), "They worked when we shipped them.")
        .escalate(hours(14))
        .claim(days(1), buyer.endsWith("1") || buyer.endsWith("3") ? "mediator2" : "mediator1")
        .decide(days(1), buyer.endsWith("1") || buyer.endsWith("3") ? "mediator2" : "mediator1", outcome, amount,
            reason, explanation);
  }

  private DemoStory story(String buyer, String seller, Duration age) {
    return new DemoStory(services, buyer, seller, now.minus(age));
  }

  private String next() {
    return String.valueOf(order++) + "491895";
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }

  private static Duration hours(int n) {
    return Duration.ofHours(n);
  }
}
