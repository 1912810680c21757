package com.disputedesk.demo;

import com.disputedesk.account.AccountDecisions;
import com.disputedesk.account.AccountDesk;
import com.disputedesk.account.AccountReview;
import com.disputedesk.account.ReactivationAppeals;
import com.disputedesk.common.PartyId;
import com.disputedesk.complaint.Complaint;
import com.disputedesk.complaint.ComplaintDecisions;
import com.disputedesk.complaint.ComplaintDesk;
import com.disputedesk.complaint.ComplaintFiling;
import com.disputedesk.complaint.ComplaintResponses;
import com.disputedesk.complaint.FileComplaintRequest;
import com.disputedesk.complaint.Sanction;
import com.disputedesk.evidence.Upload;
import com.disputedesk.mediation.FraudFlags;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo complaints and account reviews, after the seed: a "genuine" phone listing reported three times, a seller who
 * never answers, a buyer suspended on a fraud flag who appeals with the postal opening report.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "disputedesk.demo.data", havingValue = "true")
record DemoComplaints(ComplaintFiling filing, ComplaintResponses responses, ComplaintDesk complaintDesk,
    ComplaintDecisions complaintDecisions, FraudFlags flags, AccountDesk accountDesk, AccountDecisions accounts,
    ReactivationAppeals reactivation, JdbcClient jdbc) implements ApplicationRunner {

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from complaint").query(Integer.class).single() > 0) {
      return;
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    try {
      String meizu = "https://marketplace.example/item/1005004417-meizu-m5-note";
      at(now.minus(Duration.ofDays(3)));
      Complaint first = report("buyer-irina", "COUNTERFEIT_PRODUCTS", "REPLICA_SOLD_AS_ORIGINAL", meizu,
          "eternal-team", "Sold as an original Meizu; buyers receive empty boxes or replicas.");
      at(now.minus(Duration.ofDays(2)));
      report("buyer-olga", "FALSE_INFORMATION", "MISLEADING_PHOTOS", meizu + "?sku=32gb", "eternal-team",
          "The photos show a boxed phone; the parcels weigh 331 g.");
      report("buyer-anna", "SEARCH_EXPOSURE_CHEATING", "MISLEADING_PRICE", "https://www.marketplace.example/item/"
          + "1005004417-meizu-m5-note/", "eternal-team", "The price drops to 1 RUB in search, then shows 12,168.71.");
      at(now.minus(Duration.ofDays(1)));
      responses.answer(first.id(), PartyId.of("eternal-team"), "All phones are shipped sealed; see our invoices.",
          List.of());

      at(now.minus(Duration.ofDays(6)));
      report("buyer-pavel", "OFF_PLATFORM_TRADING", "CONTACT_DETAILS_IN_LISTING",
          "https://marketplace.example/item/2207-redmi-note-12-parts", "gadget-world",
          "The listing asks buyers to pay by bank transfer to a phone number.");
      at(now.minus(Duration.ofHours(20)));
      report("buyer-n1", "RESTRICTED_OR_PROHIBITED_PRODUCTS", "PROHIBITED_ITEM",
          "https://marketplace.example/item/9912-pepper-spray", "store-n1", "Pepper spray sold without any check.");

      at(now.minus(Duration.ofDays(9)));
      Complaint removed = report("buyer-c1", "FALSE_INFORMATION", "WRONG_SPECIFICATIONS",
          "https://marketplace.example/item/5521-portable-speaker", "store-c", "Listed as 40 W; the label says 5 W.");
      responses.answer(removed.id(), PartyId.of("store-c"), "A typo in the listing.", List.of());
      UUID caseId = removed.caseId();
      complaintDesk.claim(complaintDesk.open(caseId).task().orElseThrow().taskId(), "reviewer1");
      complaintDecisions.uphold(caseId, "reviewer1", Sanction.LISTING_REMOVAL, "The wattage is false by a factor of 8.");

      // the seed's buyer whose account was suspended: flagged, suspended, now appealing with the opening report
      UUID kirill = jdbc.sql("select id from dispute where buyer_id = 'buyer-kirill'").query(UUID.class).single();
      at(now.minus(Duration.ofDays(4)));
      AccountReview review = flags.flag(kirill, "mediator1", "buyer-kirill", "Second empty-parcel claim this year.");
      accountDesk.claim(accountDesk.open(review.id()).task().orElseThrow().taskId(), "reviewer1");
      accounts.decideFraudFlag(review.id(), "reviewer1", true, "Two empty-parcel claims within a year.");
      at(now.minus(Duration.ofDays(2)));
      reactivation.file(PartyId.of("buyer-kirill"), "buyer-kirill", "Both parcels were opened at the post office "
          + "in front of staff; the opening reports and the customs act show the weight difference.",
          List.of(new Upload("opening-report.pdf", "application/pdf",
              new org.springframework.core.io.ByteArrayResource(
                  DemoFiles.pdf("Postal opening report: parcel received empty, weight 331 g")))));
      UUID irina = jdbc.sql("select id from dispute where buyer_id = 'buyer-irina'").query(UUID.class).single();
      flags.flag(irina, "mediator1", "eternal-team", "The seller's invoice was created after the dispute opened.");
      LoggerFactory.getLogger(DemoComplaints.class).info("Demo data: {} complaints and {} account reviews written",
          jdbc.sql("select count(*) from complaint").query(Integer.class).single(),
          jdbc.sql("select count(*) from account_review").query(Integer.class).single());
    } finally {
      ClockUtil.reset();
    }
  }

  private Complaint report(String reporter, String type, String subReason, String url, String seller, String text) {
    return filing.file(PartyId.of(reporter), new FileComplaintRequest(type, subReason, url, seller, text), null);
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
