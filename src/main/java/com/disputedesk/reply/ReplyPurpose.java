package com.disputedesk.reply;

import java.util.List;
import java.util.Optional;

/**
 * Where templates are used, stated by the module that owns the form: its code ({@code DECISION}), and the outcome and
 * reason constants a template may be kept for (empty: the purpose has none).
 */
public record ReplyPurpose(String code, List<? extends Enum<?>> outcomes, List<? extends Enum<?>> reasons) {

  public Optional<? extends Enum<?>> outcome(String name) {
    return outcomes.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  public Optional<? extends Enum<?>> reason(String name) {
    return reasons.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
