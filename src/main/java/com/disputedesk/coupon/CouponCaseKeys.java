package com.disputedesk.coupon;

import com.disputedesk.search.CaseKeyContributor;
import com.disputedesk.search.CaseKind;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A coupon's code finds the dispute and the appeal that paid it (a buyer quotes the code, not the case). */
@Component
class CouponCaseKeys implements CaseKeyContributor {
  private final JdbcClient jdbc;

  CouponCaseKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> keysOf(CaseKind kind, UUID linkId) {
    if (kind != CaseKind.DISPUTE && kind != CaseKind.APPEAL) {
      return List.of();
    }
    return jdbc.sql("select code from coupon where dispute_id = ? order by seq").param(linkId)
        .query(String.class).list();
  }
}
