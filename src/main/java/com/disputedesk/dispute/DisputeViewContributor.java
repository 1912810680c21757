package com.disputedesk.dispute;

import java.util.Map;

/** Lets later stages (mediation, appeal, coupons) add their part to the party's view of a dispute. */
public interface DisputeViewContributor {
  Map<String, Object> contribute(Dispute dispute);
}
