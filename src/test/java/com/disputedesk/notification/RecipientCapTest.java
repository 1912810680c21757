package com.disputedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One seller disputed 35 times within the hour gets 30 emails; the other cases say why they sent none. */
class RecipientCapTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void aFloodOfCasesAgainstOneSellerIsNotAFloodOfMail() {
    String seller = Cases.unique("seller-flooded");
    for (int i = 0; i < 35; i++) {
      var answer = api.post("/api/v1/disputes", Cases.unique("buyer"), cases.openRequest(
          cases.order(Cases.unique("ORD"), seller), false));
      assertThat(answer.status()).isEqualTo(201);
    }
    String address = seller + "@parties.marketplace.example";
    assertThat(jdbc.sql("select count(*) from outgoing_email where recipient = ?").param(address)
        .query(Integer.class).single()).isEqualTo(30);
    assertThat(jdbc.sql("select count(*) from case_event where type = 'EMAIL_CAPPED' and summary like ?")
        .param("%" + address + "%").query(Integer.class).single()).isEqualTo(5);
  }
}
