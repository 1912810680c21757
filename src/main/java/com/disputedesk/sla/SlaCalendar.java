package com.disputedesk.sla;

/** How a policy's duration is counted. */
public enum SlaCalendar {
  /** Whole days in the business zone, DST-safe: P15D is the same wall-clock time 15 days later. */
  CALENDAR_DAYS,
  /** Days that are neither weekend, public holiday nor custom closure. */
  WORKING_DAYS,
  /** Plain elapsed time (PT4H). */
  CLOCK
}
