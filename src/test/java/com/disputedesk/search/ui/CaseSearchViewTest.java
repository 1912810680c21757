package com.disputedesk.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.search.CaseKind;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case search and a party's record as a mediator and a complaint reviewer use them (Karibu). */
class CaseSearchViewTest extends KaribuTest {
  @Autowired Disputes disputes;

  @Test
  void aClosedCaseIsFoundFromTheUrlAndOpensInItsOwnView() {
    var d = cases.decided("mediator1");
    String order = disputes.get(d.id()).orderId();
    KaribuSupport.signIn("mediator2", "MEDIATOR");
    UI.getCurrent().navigate("cases", QueryParameters.simple(Map.of("q", order, "kind", "DISPUTE",
        "state", "open", "sort", "NOWHERE", "from", "not-a-date")));
    CaseSearchView view = _get(CaseSearchView.class);
    assertThat(view.filters.search.getValue()).isEqualTo(order);
    assertThat(view.filters.kind.getValue()).isEqualTo(CaseKind.DISPUTE);
    assertThat(view.filters.state.getValue()).isEqualTo("open");
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    assertThat(view.count.getText()).isEqualTo("1 found");

    view.filters.state.setValue("closed");
    assertThat(GridKt._size(view.grid)).as("decided, the appeal window still open").isZero();
    view.filters.state.setValue(null);
    view.filters.outcome.setValue("PARTIAL_REFUND");
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    var found = GridKt._get(view.grid, 0);
    assertThat(found.kind()).isEqualTo(CaseKind.DISPUTE);
    assertThat(found.decidedBy()).isEqualTo("mediator1");
    UI.getCurrent().navigate(CaseLinks.of(found.kind(), found.caseId(), found.linkId()));
    assertThat(KaribuSupport.currentView().getSimpleName()).isEqualTo("DisputeCaseView");
  }

  @Test
  void aComplaintReviewerFindsNoDisputeAndSeesOnlyTheirKindsOfAPartysRecord() {
    var d = cases.decided("mediator1");
    KaribuSupport.signIn("reviewer1", "COMPLAINT_REVIEWER");
    UI.getCurrent().navigate("cases", QueryParameters.simple(Map.of("q", d.buyer())));
    CaseSearchView view = _get(CaseSearchView.class);
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.filters.kind.getListDataView().getItems().toList())
        .containsExactly(CaseKind.COMPLAINT, CaseKind.ACCOUNT_REVIEW);

    KaribuSupport.signIn("mediator2", "MEDIATOR");
    UI.getCurrent().navigate("parties/" + d.buyer());
    assertThat(_find(H3.class)).extracting(H3::getText).contains("Cases (1)");
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
        .contains("Disputes opened: 1 (open now: 1)", "Refunded: 1 · rejected: 0 · agreed with the seller: 0 · cancelled: 0",
            "Money back (a refund, or coupons after an appeal) in 100% of the disputes that ended");
    UI.getCurrent().navigate("parties/" + d.seller());
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
        .contains("Disputes against them: 1 (open now: 1)", "Lost 100% of the disputes mediators decided");
  }

  @Test
  void changingTheKindKeepsWhatStillFitsAndNeverFails() {
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("cases", QueryParameters.simple(Map.of("kind", "DISPUTE", "state", "NEGOTIATION",
        "outcome", "FULL_REFUND")));
    CaseSearchView view = _get(CaseSearchView.class);
    assertThat(view.filters.state.getValue()).isEqualTo("NEGOTIATION");
    view.filters.kind.setValue(null);
    assertThat(view.filters.state.getValue()).as("a dispute's own status means nothing for every kind").isNull();
    assertThat(view.filters.outcome.getValue()).isNull();
    assertThat(view.filters.outcome.isEnabled()).isFalse();
    view.filters.state.setValue("closed");
    view.filters.kind.setValue(CaseKind.COMPLAINT);
    assertThat(view.filters.state.getValue()).as("closed is closed for every kind").isEqualTo("closed");
    assertThat(view.clear.isVisible()).isTrue();

    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate(""); // a new sign-in is a new screen
    UI.getCurrent().navigate("cases", QueryParameters.simple(Map.of("kind", "APPEAL")));
    view = _get(CaseSearchView.class);
    assertThat(view.filters.kind.getValue()).as("a kind not theirs is never set; their only kind is")
        .isEqualTo(CaseKind.DISPUTE);
    assertThat(view.filters.outcome.isEnabled()).isTrue();
    assertThat(view.clear.isVisible()).isFalse();
    var d = cases.open();
    UI.getCurrent().navigate("parties/" + d.buyer());
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Appeal: not shown to your role");
    UI.getCurrent().navigate("parties/nobody-we-know");
    assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anySatisfy(t -> assertThat(t)
        .startsWith("We have no case with nobody-we-know"));
  }
}
