package com.disputedesk.reply.ui;

import com.disputedesk.reply.ReplyTemplate;
import com.disputedesk.reply.ReplyTemplates;
import com.disputedesk.workspace.Labels;
import com.vaadin.flow.component.UI;

/** A template's purpose, outcome and reason as words; "any" where it was kept for every one. */
final class ReplyLabels {
  private ReplyLabels() {}

  static String purpose(String code) {
    return UI.getCurrent().getTranslation("reply.purpose." + code);
  }

  static String outcome(ReplyTemplates templates, ReplyTemplate t) {
    return t.outcome() == null ? any() : templates.purpose(t.purpose()).flatMap(p -> p.outcome(t.outcome()))
        .map(e -> Labels.of((Enum<?>) e)).orElse(t.outcome());
  }

  static String reason(ReplyTemplates templates, ReplyTemplate t) {
    return t.reason() == null ? any() : templates.purpose(t.purpose()).flatMap(p -> p.reason(t.reason()))
        .map(e -> Labels.of((Enum<?>) e)).orElse(t.reason());
  }

  static String any() {
    return UI.getCurrent().getTranslation("reply.any");
  }
}
