package com.disputedesk.search;

import java.util.List;
import java.util.UUID;

/** Adds exact keys to a case another module owns (a coupon's code finds the appeal that paid it). */
public interface CaseKeyContributor {
  List<String> keysOf(CaseKind kind, UUID linkId);
}
