package com.disputedesk.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.Disputes;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.mediation.DecisionReason;
import com.disputedesk.reply.ReplyTemplate;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.sla.SlaPolicies;
import com.disputedesk.support.Cases;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A mediator picks a lead's template in the decision form: it arrives filled with this case's values, editable. */
class DecisionTemplateTest extends KaribuTest {
  @Autowired Disputes disputes;
  @Autowired ReplyTemplates templates;
  @Autowired SlaPolicies policies;

  @Test
  void aPickedTemplateIsFilledWithTheCasesValuesAndSentAsEdited() {
    String name = Cases.unique("Never came");
    ReplyTemplate template = templates.save(null, "DECISION", "FULL_REFUND", "NOT_DELIVERED", name,
        "Dear {buyer}, order {order} never reached you. You receive {refund}. Appeal until {deadline}.", "opslead1");
    var d = cases.escalated();
    cases.claimed(d, "mediator1");
    var dispute = disputes.get(d.id());
    KaribuSupport.signIn("mediator1", "MEDIATOR");
    UI.getCurrent().navigate(DisputeCaseView.class, DisputeCaseView.parameters(d.id()));
    DecisionForm form = _get(DisputeCaseView.class).decisionForm;

    form.outcome.setValue(DecisionOutcome.REJECTED);
    assertThat(form.template.getListDataView().getItems()).doesNotContain(template);
    form.outcome.setValue(DecisionOutcome.FULL_REFUND);
    form.reason.setValue(DecisionReason.NOT_DELIVERED);
    assertThat(form.template.getListDataView().getItems().toList()).first().isEqualTo(template);
    form.template.setValue(template);

    String deadline = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC)
        .format(policies.dueFrom("appeal-window", time.now()));
    assertThat(form.explanation.getValue()).isEqualTo("Dear " + dispute.buyerId() + ", order " + dispute.orderId()
        + " never reached you. You receive " + dispute.moneyPaid().toPlainString() + " " + dispute.currency()
        + ". Appeal until " + deadline + ".");
    assertThat(form.template.isEmpty()).as("ready for another pick").isTrue();

    form.explanation.setValue(form.explanation.getValue() + " The tracking shows no delivery scan.");
    form.template.setValue(template);
    assertThat(form.explanation.getValue()).as("typed words are replaced only when asked")
        .endsWith("no delivery scan.");
    ConfirmDialogKt._fireCancel(form.template.confirm());
    assertThat(form.explanation.getValue()).endsWith("no delivery scan.");

    form.decide.click();
    ConfirmDialogKt._fireConfirm(form.confirm);
    assertThat(disputes.get(d.id()).decision().explanation()).startsWith("Dear " + dispute.buyerId())
        .endsWith("no delivery scan.");
  }
}
