package com.disputedesk.worklist.ui;

import com.disputedesk.worklist.HandOver;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** What the last bulk action did, kept on screen until the next: moved items counted, skipped ones named with why. */
final class HandOverReport extends Div {
  HandOverReport() {
    addClassName("dd-card");
    setVisible(false);
  }

  void show(HandOver result, String to) {
    removeAll();
    String done = to == null ? getTranslation("team.released", result.moved().size())
        : getTranslation("team.reassigned", result.moved().size(), to);
    add(new Paragraph(done));
    if (!result.skipped().isEmpty()) {
      add(new Paragraph(getTranslation("team.skipped", result.skipped().size())));
      UnorderedList list = new UnorderedList();
      for (HandOver.Skip skip : result.skipped()) {
        String what = skip.item() == null ? skip.taskId()
            : (skip.item().orderId() == null ? "" : skip.item().orderId() + " · ") + skip.item().title();
        ListItem line = new ListItem(what + " — " + getTranslation("team.skip." + skip.why().name(),
            to == null ? "" : to, skip.item() == null || skip.item().assignee() == null ? "" : skip.item().assignee()));
        if (skip.detail() != null) {
          line.setTitle(skip.detail());
        }
        list.add(line);
      }
      add(list);
      addClassName("dd-warning");
    } else {
      removeClassName("dd-warning");
    }
    setVisible(true);
  }
}
