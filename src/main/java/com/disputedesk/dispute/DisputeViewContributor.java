package com.disputedesk.dispute;

import java.util.Map;

/** Lets later stages (mediation, appeal, coupons) add their part to the party's view of a dispute. */
public interface DisputeViewContributor {
  /** {@code viewer}: the party asking (buyer or seller), for parts only one side may see. */
  Map<String, Object> contribute(Dispute dispute, String viewer);

  /** The parts' names and Java types, so the published schema of a dispute shows them (see DisputeViewSchema). */
  Map<String, java.lang.reflect.Type> parts();
}
