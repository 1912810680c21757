package com.disputedesk.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.Mails;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Internal notes: colleagues named are told by email and in My work; the parties never see a note anywhere. */
class CaseNotesTest extends IntegrationTest {
  @Autowired CaseNotes notes;
  @Autowired JdbcClient jdbc;

  @Test
  void aMentionTellsTheColleagueAndTheNoteStaysOffThePartiesApiAndEmails() {
    var d = cases.escalated();
    String secret = "Seller " + d.seller() + " reuses this tracking number, see older cases";
    int before = notes.unreadCount("mediator2");
    CaseNote note = notes.add(d.id(), "mediation/case/" + d.id(), "mediator1",
        "@mediator2 can you look? " + secret + ". Thanks, @mediator1.");
    assertThat(note.mentions()).containsExactly("mediator2", "mediator1");
    assertThat(notes.of(d.id())).singleElement().satisfies(n -> assertThat(n.body()).contains(secret));
    assertThat(notes.unreadCount("mediator2")).isEqualTo(before + 1);
    assertThat(notes.unreadCount("mediator1")).as("naming oneself tells nobody").isZero();
    assertThat(notes.unread("mediator2", 10)).anySatisfy(m -> {
      assertThat(m.caseRoute()).isEqualTo("mediation/case/" + d.id());
      assertThat(m.author()).isEqualTo("mediator1");
    });
    await().atMost(Duration.ofSeconds(30)).until(() -> Mails.any(MAIL, "mediator1 mentioned you",
        "mediator2@disputedesk.example", secret));

    for (String party : new String[] {d.buyer(), d.seller()}) {
      assertThat(api.get(d.path(), party).body().toString()).as("the party's view of the dispute")
          .doesNotContain(secret).doesNotContain("mediator2 can you");
    }
    assertThat(jdbc.sql("select count(*) from outgoing_email where case_id = ? and body like ? "
            + "and recipient not like '%@disputedesk.example'").params(d.id(), "%" + secret + "%")
        .query(Integer.class).single()).as("no party email carries a note").isZero();
    assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and summary like ?")
        .params(d.id(), "%" + secret + "%").query(Integer.class).single()).as("nor does the timeline").isZero();

    notes.seen(d.id(), "mediator2");
    assertThat(notes.unreadCount("mediator2")).isEqualTo(before);
  }

  @Test
  void aNoteNamingSomeoneWhoIsNoColleagueOrSayingNothingIsRefusedAndStoresNothing() {
    var d = cases.open();
    assertThatThrownBy(() -> notes.add(d.id(), "mediation/case/" + d.id(), "mediator1", "@nobody-here look"))
        .isInstanceOfSatisfying(UnknownColleagues.class, e -> assertThat(e.names()).containsExactly("nobody-here"));
    assertThatThrownBy(() -> notes.add(d.id(), "mediation/case/" + d.id(), "mediator1", "   "))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> notes.add(d.id(), "mediation/case/" + d.id(), "mediator1", "x".repeat(4001)))
        .isInstanceOf(InvalidInput.class);
    assertThat(notes.of(d.id())).isEmpty();
    assertThat(CaseNotes.mentions("mail me at a@b.example, @opslead1. and (@admin)"))
        .containsExactly("opslead1", "admin");
  }
}
