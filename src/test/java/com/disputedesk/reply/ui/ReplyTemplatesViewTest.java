package com.disputedesk.reply.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.support.Cases;
import com.disputedesk.support.KaribuSupport;
import com.disputedesk.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A lead writes a template, sees how it reads, is stopped by a misspelt placeholder, and deletes it (Karibu). */
class ReplyTemplatesViewTest extends KaribuTest {
  @Autowired ReplyTemplates templates;

  @Test
  void aLeadWritesPreviewsAndDeletesATemplate() {
    String name = Cases.unique("Partial");
    KaribuSupport.signIn("opslead1", "OPS_LEAD");
    UI.getCurrent().navigate("reply-templates");
    ReplyTemplatesView view = _get(ReplyTemplatesView.class);
    ReplyTemplateEditor editor = view.editor;
    editor.purpose.setValue(templates.purpose("DECISION").orElseThrow());
    editor.outcome.setValue(DecisionOutcome.PARTIAL_REFUND);
    editor.name.setValue(name);
    editor.body.setValue("Dear {buyer}, you get {refnud} back for {order}.");
    assertThat(editor.preview.getText()).isEqualTo("Dear buyer-anna, you get {refnud} back for ORD-10234.");
    editor.save.click();
    assertThat(editor.body.isInvalid()).isTrue();
    assertThat(editor.body.getErrorMessage()).contains("{deadline}");
    assertThat(templates.all()).noneMatch(t -> t.name().equals(name));

    editor.body.setValue("Dear {buyer}, you get {refund} back for {order}.");
    editor.save.click();
    assertThat(editor.body.isInvalid()).isFalse();
    assertThat(view.grid.getGenericDataView().getItems()).anySatisfy(t -> {
      assertThat(t.name()).isEqualTo(name);
      assertThat(t.outcome()).isEqualTo("PARTIAL_REFUND");
      assertThat(t.reason()).isNull();
      assertThat(t.updatedBy()).isEqualTo("opslead1");
    });

    editor.delete.click();
    ConfirmDialogKt._fireConfirm(editor.confirmDelete);
    assertThat(templates.all()).noneMatch(t -> t.name().equals(name));
  }
}
