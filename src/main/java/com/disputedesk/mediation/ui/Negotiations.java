package com.disputedesk.mediation.ui;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.dispute.Outcome;
import com.disputedesk.workspace.Formats;
import com.disputedesk.workspace.Labels;
import java.util.Locale;

final class Negotiations {
  private Negotiations() {}

  static String describe(Outcome o, Dispute d, Locale locale) {
    return o.amount() == null ? Labels.of(o.type()) : Labels.of(o.type()) + " " + Formats.money(o.amount(), d.currency(),
        locale);
  }
}
