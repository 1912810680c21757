package com.disputedesk.complaint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.complaint.Sanction;
import com.disputedesk.support.Cases;
import com.disputedesk.support.KaribuTest;
import com.disputedesk.support.KaribuSupport;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The complaint reviewers' queue and case view, without a browser (Karibu). */
class ComplaintWorkspaceTest extends KaribuTest {



  @Test
  void aReviewerFindsClaimsAndSeesTheDecisionFormWithoutCancellationBeforeANotice() {
    String seller = Cases.unique("seller");
    var filed = api.post("/api/v1/complaints", "reporter-k", Map.of("type", "OFF_PLATFORM_TRADING",
        "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller));
    api.post("/api/v1/complaints/" + filed.id() + "/response", seller, Map.of("message", "No contact details."));
    KaribuSupport.signIn("reviewer1", "COMPLAINT_REVIEWER");
    UI.getCurrent().navigate("complaints");
    ComplaintQueueView queue = _get(ComplaintQueueView.class);
    queue.search.setValue(seller);
    assertThat(GridKt._size(queue.grid)).isEqualTo(1);
    queue.grid.select(GridKt._get(queue.grid, 0));
    queue.claim.click();

    ComplaintCaseView view = _get(ComplaintCaseView.class);
    assertThat(view.form).isNotNull();
    assertThat(view.form.sanction.getListDataView().getItems())
        .as("cancellation needs a notice first").doesNotContain(Sanction.MEMBERSHIP_CANCELLATION);
    view.form.choice.setValue(ComplaintDecisionForm.Choice.DISMISS);
    view.form.reason.setValue("The listing shows no contact details.");
    view.form.decide.click();
    assertThat(api.get("/api/v1/complaints/" + filed.id(), seller).body().at("/result/outcome").asText())
        .isEqualTo("DISMISSED");
  }

  @Test
  void aSanctionIsConfirmedFirstSayingWhatHappensToWhom() {
    String seller = Cases.unique("seller");
    var filed = api.post("/api/v1/complaints", "reporter-s", Map.of("type", "OFF_PLATFORM_TRADING",
        "productUrl", "https://shop.example/item/" + seller, "accusedSellerId", seller));
    api.post("/api/v1/complaints/" + filed.id() + "/response", seller, Map.of("message", "No contact details."));
    KaribuSupport.signIn("reviewer1", "COMPLAINT_REVIEWER");
    UI.getCurrent().setLocale(new java.util.Locale("ru"));
    UI.getCurrent().navigate("complaints");
    ComplaintQueueView queue = _get(ComplaintQueueView.class);
    queue.search.setValue(seller);
    queue.grid.select(GridKt._get(queue.grid, 0));
    queue.claim.click();
    ComplaintCaseView view = _get(ComplaintCaseView.class);

    assertThat(view.form.decide.isEnabled()).as("nothing to decide on an empty form").isFalse();
    assertThat(view.getElement().getTextRecursively()).as("the complaint case has its timeline").contains("Хронология");
    view.form.choice.setValue(ComplaintDecisionForm.Choice.UPHOLD);
    view.form.decide.click();
    assertThat(view.form.sanction.isInvalid()).isTrue();
    view.form.sanction.setValue(Sanction.LISTING_REMOVAL);
    view.form.decide.click();
    assertThat(view.form.reason.isInvalid()).as("a sanction is never sent without its reasons").isTrue();
    view.form.reason.setValue("The listing asks buyers to pay by bank transfer.");
    view.form.decide.click();

    var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
    assertThat(confirm.getElement().getProperty("message")).contains(seller).contains("снято с площадки");
    assertThat(api.get("/api/v1/complaints/" + filed.id(), seller).body().at("/result/outcome").asText())
        .as("nothing decided before the confirmation").isEmpty();
    com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
    assertThat(api.get("/api/v1/complaints/" + filed.id(), seller).body().at("/result/sanction").asText())
        .isEqualTo("LISTING_REMOVAL");
  }
}
