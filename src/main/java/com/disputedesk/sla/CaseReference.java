package com.disputedesk.sla;

/**
 * Where a module keeps the name people know its cases by (a dispute's order number, a complaint's listing, a
 * reviewed party), so screens about timers show that, not a UUID. Modules that own cases declare one as a bean.
 */
public record CaseReference(String table, String column) {
  public CaseReference {
    if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
      throw new IllegalArgumentException("a table and a column name, not SQL: " + table + "." + column);
    }
  }
}
