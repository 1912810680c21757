package com.disputedesk.party;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.appeal.AppealDecisions;
import com.disputedesk.appeal.AppealDesk;
import com.disputedesk.appeal.AppealOutcome;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.worklist.Worklist;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A party's record counts what their cases came to, appeals included. */
class PartyRecordsTest extends IntegrationTest {
  @Autowired PartyRecords records;
  @Autowired Worklist worklist;
  @Autowired AppealDesk appealDesk;
  @Autowired AppealDecisions appealDecisions;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aRejectionOverturnedOnAppealCountsAsMoneyBackForTheBuyerNotAsALossForTheSeller() {
    time.freeze();
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    cases.decideRejected(d, "mediator1");
    assertThat(api.post(d.path() + "/appeal", d.buyer(), Map.of("description",
        "The locker photo shows another address; my parcel never came.")).status()).isEqualTo(201);
    SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("lead", null,
        AuthorityUtils.createAuthorityList("ROLE_OPS_LEAD")));
    assertThat(records.of(d.buyer()).buyerWinRate()).as("rejected, appeal pending").isZero();

    var task = worklist.openTasksOf(d.id()).stream().filter(t -> t.taskKey().equals("Task_ReviewAppeal"))
        .findFirst().orElseThrow();
    appealDesk.claim(task.taskId(), "commissioner1");
    appealDecisions.decide(d.id(), "commissioner1", AppealOutcome.OVERTURNED, new BigDecimal("20.00"),
        "The locker belongs to another address.");
    PartyFile buyer = records.of(d.buyer());
    assertThat(buyer.tally().overturnedRejections()).isEqualTo(1);
    assertThat(buyer.buyerWinRate()).as("coupons for an overturned rejection are money back").isEqualTo(100);
    assertThat(records.of(d.seller()).sellerLossRate()).as("the marketplace pays the coupons, not the seller")
        .isZero();
  }
}
