package com.disputedesk.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reply templates: offered closest fit first, placeholders filled with a case's values, bad ones refused. */
class ReplyTemplatesTest extends IntegrationTest {
  @Autowired ReplyTemplates templates;

  @Test
  void aFormIsOfferedTheTemplatesOfItsOutcomeAndReasonExactOnesFirst() {
    String tag = Cases.unique("t");
    ReplyTemplate exact = templates.save(null, "DECISION", "FULL_REFUND", "NOT_DELIVERED", tag + " exact",
        "Dear {buyer}, order {order} never came.", "opslead1");
    ReplyTemplate anyReason = templates.save(null, "DECISION", "FULL_REFUND", null, tag + " any reason",
        "Refund {refund}.", "opslead1");
    ReplyTemplate rejected = templates.save(null, "DECISION", "REJECTED", null, tag + " rejected",
        "No refund for {order}.", "opslead1");
    templates.save(null, "EVIDENCE_REQUEST", null, "EMPTY_PACKAGE", tag + " evidence", "Send the report by {deadline}.",
        "opslead1");

    assertThat(templates.fitting("DECISION", "FULL_REFUND", "NOT_DELIVERED")).filteredOn(t -> t.name().startsWith(tag))
        .containsExactly(exact, anyReason);
    assertThat(templates.fitting("DECISION", "FULL_REFUND", "DAMAGE_CONFIRMED")).filteredOn(t -> t.name().startsWith(tag))
        .containsExactly(anyReason);
    assertThat(templates.fitting("DECISION", "REJECTED", "INSUFFICIENT_BUYER_EVIDENCE"))
        .filteredOn(t -> t.name().startsWith(tag)).containsExactly(rejected);
    assertThat(templates.fitting("DECISION", null, null)).filteredOn(t -> t.name().startsWith(tag))
        .as("nothing chosen yet: only templates kept for any outcome would fit").isEmpty();

    ReplyTemplate renamed = templates.save(exact.id(), "DECISION", "FULL_REFUND", "NOT_DELIVERED", tag + " renamed",
        exact.body(), "opslead2");
    assertThat(templates.all()).filteredOn(t -> t.id().equals(exact.id())).singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo(tag + " renamed").isEqualTo(renamed.name()));
    templates.delete(exact.id());
    assertThat(templates.all()).noneMatch(t -> t.id().equals(exact.id()));
  }

  @Test
  void placeholdersAreFilledWithTheCasesValuesAndAnUnknownValueStaysVisible() {
    var values = new ReplyValues("buyer-dmitri", new BigDecimal("1250.5"), "RUB", "ORD-85542677",
        Instant.parse("2026-12-09T21:30:00Z"));
    assertThat(values.fill("Dear {buyer}, {refund} for {order}; appeal until {deadline}."))
        .isEqualTo("Dear buyer-dmitri, 1250.50 RUB for ORD-85542677; appeal until 9 December 2026.");
    assertThat(new ReplyValues("b", null, "RUB", "ORD-1", null).fill("Refund {refund} by {deadline} for {order}"))
        .isEqualTo("Refund {refund} by {deadline} for ORD-1");
    assertThat(new ReplyValues("$1 \\ buyer", null, null, null, null).fill("{buyer}")).isEqualTo("$1 \\ buyer");
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderACodeOfAnotherFormOrATakenNameIsRefusedAndNothingStored() {
    String tag = Cases.unique("bad");
    int before = templates.all().size();
    assertThatThrownBy(() -> templates.save(null, "DECISION", null, null, tag, "You get {amount} back.", "opslead1"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(err -> assertThat(err.message()).contains("{amount}")));
    assertThatThrownBy(() -> templates.save(null, "DECISION", "UPHELD", "COUNTERFEIT", tag, "Words.", "opslead1"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
            .extracting(InvalidInput.FieldError::field).containsExactly("outcome", "reason"));
    assertThatThrownBy(() -> templates.save(null, "NOWHERE", null, null, tag, "Words.", "opslead1"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> templates.save(null, "DECISION", null, null, " ", "", "opslead1"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
            .extracting(InvalidInput.FieldError::field).containsExactly("name", "body"));
    templates.save(null, "DECISION", null, null, tag, "Words.", "opslead1");
    assertThatThrownBy(() -> templates.save(null, "DECISION", null, null, tag, "Other words.", "opslead1"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
            .extracting(InvalidInput.FieldError::field).containsExactly("name"));
    assertThat(templates.all()).hasSize(before + 1);
  }
}
