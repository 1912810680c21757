package com.disputedesk.worklist;

import java.util.List;
import java.util.UUID;

/**
 * A lead moved work between people: {@code to} now holds the items ({@code null}: released to their queue); each item
 * names who held it before. Published inside the change, so the people are told in the same transaction.
 */
public record WorkHandedOver(UUID id, String lead, String to, List<Item> items) {
  public record Item(UUID caseId, String route, String orderId, String title, String previousHolder) {}
}
