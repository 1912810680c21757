package com.disputedesk.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.dispute.OutcomeType;
import com.disputedesk.dispute.WaitingFor;
import com.disputedesk.evidence.EvidenceItem;
import com.disputedesk.evidence.EvidenceKind;
import com.disputedesk.evidence.FileDates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seed's seller: an editable invoice created after the dispute was opened. */
class EvidenceHintsTest {
  private static final Instant OPENED = Instant.parse("2017-08-12T10:00:00Z");
  private final Dispute dispute = new Dispute(UUID.randomUUID(), "85542677491895", "buyer", "eternal-team", null, null,
      "Eternal Team", "Meizu M5 Note", "RUB", new BigDecimal("12168.71"), BigDecimal.ZERO, "RB293148069SG", null,
      OPENED.plus(Duration.ofDays(30)), DisputeReason.EMPTY_PACKAGE, true, new Outcome(OutcomeType.FULL_REFUND, null),
      "Empty parcel", DisputeStatus.ESCALATED, WaitingFor.MEDIATOR, true, OPENED, OPENED.plus(Duration.ofDays(15)),
      OPENED.plus(Duration.ofDays(1)), "BUYER", null, null, false, null, 0, null, null, null, null, null);

  @Test
  void anInvoiceMadeAfterTheDisputeOpenedIsFlagged() {
    var invoice = item("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        new FileDates(null, OPENED.plus(Duration.ofDays(31)), OPENED.plus(Duration.ofDays(32))));
    assertThat(EvidenceHints.of(invoice, dispute)).extracting(EvidenceHints.Hint::key)
        .containsExactly("hint.docAfterOpening", "hint.docEdited", "hint.editable");
  }

  @Test
  void aPhotoTakenLongBeforeUploadIsFlaggedAndAFreshOneIsNot() {
    var old = item("image/jpeg", new FileDates(OPENED.minus(Duration.ofDays(10)), null, null));
    assertThat(EvidenceHints.of(old, dispute)).extracting(EvidenceHints.Hint::key).containsExactly("hint.photoOld");
    var fresh = item("image/jpeg", new FileDates(OPENED.plus(Duration.ofHours(20)), null, null));
    assertThat(EvidenceHints.of(fresh, dispute)).isEmpty();
  }

  private static EvidenceItem item(String contentType, FileDates dates) {
    return new EvidenceItem(UUID.randomUUID(), UUID.randomUUID(), "SELLER", "eternal-team", EvidenceKind.DOCUMENT,
        null, "invoice.xlsx", contentType, "0".repeat(64), 100, OPENED.plus(Duration.ofDays(1)), dates);
  }
}
