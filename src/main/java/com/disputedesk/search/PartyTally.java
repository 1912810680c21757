package com.disputedesk.search;

import java.util.List;

/**
 * How many cases of each kind a party has had with us, by the side they were on ({@code BUYER}, {@code SELLER},
 * or {@code OTHER}: a reporter, the party under review), by outcome (null while undecided) and open or not; and how
 * many of their disputes as a buyer were rejected and then overturned on appeal.
 */
public record PartyTally(List<Row> rows, int overturnedRejections) {
  public record Row(CaseKind kind, String side, String outcome, boolean open, int count) {}

  public int count(CaseKind kind, String side) {
    return rows.stream().filter(r -> r.kind() == kind && (side == null || r.side().equals(side)))
        .mapToInt(Row::count).sum();
  }

  public int count(CaseKind kind, String side, List<String> outcomes) {
    return rows.stream().filter(r -> r.kind() == kind && (side == null || r.side().equals(side))
        && r.outcome() != null && outcomes.contains(r.outcome())).mapToInt(Row::count).sum();
  }

  public int open(CaseKind kind, String side) {
    return rows.stream().filter(r -> r.kind() == kind && (side == null || r.side().equals(side)) && r.open())
        .mapToInt(Row::count).sum();
  }

  /** A share in whole percent, or null when there is nothing to share. */
  public static Integer percent(int part, int whole) {
    return whole == 0 ? null : Math.round(100f * part / whole);
  }
}
