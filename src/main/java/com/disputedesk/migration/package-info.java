/**
 * Moving running cases to a new version of their model (what Camunda's Cockpit offers only in its paid edition):
 * a dry run that says where the cases wait and what blocks them, the move as a Camunda migration batch, and our own
 * tables (timeline, queue rows, deadlines) following each moved case.
 */
package com.disputedesk.migration;
