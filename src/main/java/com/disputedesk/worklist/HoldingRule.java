package com.disputedesk.worklist;

import java.util.Optional;

/**
 * A case module's own four-eyes rule for who may hold one of its items, asked before a lead hands an item to someone.
 * Empty: they may; otherwise the sentence saying why not.
 */
public interface HoldingRule {
  Optional<String> refuses(WorkItem item, String user);
}
