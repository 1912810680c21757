package com.disputedesk.demo;

import static com.disputedesk.appeal.AppealOutcome.OVERTURNED;
import static com.disputedesk.appeal.AppealOutcome.UPHELD;

import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo appeals, after the seed's buyers: a rejected claim despite a postal opening report, appealed; an appeal the
 * mediator may not review; a buyer compensated in coupons; an upheld appeal with angry feedback; an overdue review.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "disputedesk.demo.data", havingValue = "true")
class DemoAppeals implements ApplicationRunner {
  private static final Outcome FULL = new Outcome(OutcomeType.FULL_REFUND, null);
  private final DemoServices services;
  private final JdbcClient jdbc;
  private Instant now;
  private int order = 90210001;

  DemoAppeals(DemoServices services, JdbcClient jdbc) {
    this.services = services;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from appeal").query(Integer.class).single() > 0) {
      return;
    }
    now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    try {
      rejected("buyer-anna", days(6), "mediator1", "Meizu M6 smartphone", "9870.00")
          .appeal(hours(20), "The mediator trusted the seller's invoice, an editable spreadsheet. The postal opening "
              + "report and the customs act both say the parcel weighed 331 g: there was no phone inside.");
      rejected("buyer-dmitri", days(5), "senior1", "Robot vacuum cleaner", "15400.00")
          .appeal(hours(10), "The seller's video is of a different serial number than my receipt.");
      rejected("buyer-svetlana", days(7), "mediator2", "Wireless earbuds", "3290.00")
          .appeal(hours(8), "Only one earbud was in the box; the weight on the tracking page proves it.")
          .claim(hours(20), "commissioner2");
      rejected("buyer-kirill", days(8), "mediator1", "Smart watch", "6400.00")
          .appeal(hours(5), "My account was suspended, so the marketplace would not let me appeal. Here it is now.")
          .claim(hours(10), "commissioner1")
          .decide(hours(6), "commissioner1", OVERTURNED, "1500.00", "The opening report was ignored; the decision "
              + "is overturned and the buyer is compensated with coupons.")
          .split(hours(12), "500.00", "500.00", "500.00");
      rejected("buyer-marina", days(30), "mediator2", "Tablet 10 inch", "11200.00")
          .appeal(days(1), "The seller shipped a tablet with a cracked screen; the courier's damage report says so.")
          .claim(days(2), "commissioner1")
          .decide(hours(5), "commissioner1", OVERTURNED, "2000.00", "The courier's damage report settles it.");
      rejected("buyer-egor", days(12), "mediator1", "Gaming mouse", "2100.00")
          .appeal(days(1), "The mouse double-clicks; I sent a video.")
          .claim(days(1), "commissioner1")
          .decide(hours(3), "commissioner1", UPHELD, null, "The video shows normal behaviour of the switch.")
          .feedback(days(1), 1, "Nobody watched my video to the end. The whole process took three weeks.");
      rejected("buyer-lena", days(40), "mediator2", "Hiking boots", "7300.00")
          .appeal(days(2), "The boots are a different model from the listing; the sole says so.");
      LoggerFactory.getLogger(DemoAppeals.class).info("Demo data: {} appeals written",
          jdbc.sql("select count(*) from appeal").query(Integer.class).single());
    } finally {
      ClockUtil.reset();
    }
  }

  /** Opened {@code age} ago, escalated, decided REJECTED by {@code mediator} about three days later. */
  private DemoStory rejected(String buyer, Duration age, String mediator, String item, String total) {
    return new DemoStory(services, buyer, "store-a" + (order % 3), now.minus(age))
        .open(String.valueOf(order++) + "77", "Store A" + (order % 3), item, total, "0.00",
            DisputeReason.EMPTY_PACKAGE, true, FULL, "The parcel arrived without the " + item.toLowerCase() + ".",
            "RA" + order + "SG")
        .buyerEvidence(hours(1), EvidenceKind.DOCUMENT, "opening-report.pdf",
            DemoFiles.pdf("Postal opening report: the parcel held no " + item.toLowerCase()), "Postal opening report")
        .buyerEvidence(hours(1), EvidenceKind.PHOTO, "box.jpg", DemoFiles.photo("The opened box",
            new Color(0xE8D9C0)), "The box")
        .sellerRejects(hours(10), "We shipped it; see our invoice.")
        .escalate(hours(14))
        .claim(days(1), mediator)
        .decide(days(1), mediator, DecisionOutcome.REJECTED, null, DecisionReason.INSUFFICIENT_BUYER_EVIDENCE,
            "The seller's invoice shows the item was shipped; the buyer's photos do not show the label.");
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }

  private static Duration hours(int n) {
    return Duration.ofHours(n);
  }
}
