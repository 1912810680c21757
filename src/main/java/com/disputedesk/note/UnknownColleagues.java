package com.disputedesk.note;

import com.disputedesk.common.InvalidInput;
import java.util.List;

/** A note names someone who is not a colleague: refused, so nobody believes a person was told who was not. */
public class UnknownColleagues extends InvalidInput {
  private final List<String> names;

  UnknownColleagues(List<String> names) {
    super("body", "No colleague is called @" + String.join(", @", names) + ".");
    this.names = List.copyOf(names);
  }

  public List<String> names() {
    return names;
  }
}
