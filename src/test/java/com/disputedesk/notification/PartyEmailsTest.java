package com.disputedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Emails read as sentences: dates in words with their time zone, money with its currency, codes as words. */
class PartyEmailsTest extends IntegrationTest {

  @Test
  void valuesAreWrittenForPeople() {
    assertThat(EmailText.when(Instant.parse("2026-12-16T17:44:47.458Z"))).isEqualTo("16 December 2026, 17:44 UTC");
    assertThat(EmailText.money(new BigDecimal("12500.5"), "RUB")).isEqualTo("12,500.50 RUB");
    assertThat(EmailText.label("EMPTY_PACKAGE")).isEqualTo("empty package");
  }

  @Test
  void theSellersEmailAboutANewDisputeHasNoRawValues() {
    var d = cases.open();
    await().atMost(Duration.ofSeconds(60)).until(() -> Mails.any(MAIL, "A buyer opened a dispute", d.seller(), "UTC"));
    String body = Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> Mails.recipients(m).contains(d.seller()) && Mails.subject(m).startsWith("A buyer opened"))
        .map(Mails::body).findFirst().orElseThrow();
    assertThat(body).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").doesNotContainPattern("[A-Z]{3,}_[A-Z]{3,}")
        .contains("reason: not received").contains("They ask for: full refund");
  }
}
