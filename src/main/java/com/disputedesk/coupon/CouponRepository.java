package com.disputedesk.coupon;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CouponRepository {
  private final JdbcClient jdbc;

  CouponRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void chooseSplit(UUID appealId, List<BigDecimal> amounts, Instant at) {
    jdbc.sql("""
            insert into coupon_split (appeal_id, amounts, chosen_at) values (?, ?, ?)
            on conflict (appeal_id) do update set amounts = excluded.amounts, chosen_at = excluded.chosen_at""")
        .params(appealId, amounts.toArray(BigDecimal[]::new), Timestamp.from(at)).update();
  }

  List<BigDecimal> split(UUID appealId) {
    return jdbc.sql("select amounts from coupon_split where appeal_id = ?").param(appealId)
        .query((rs, n) -> Arrays.stream((Object[]) rs.getArray(1).getArray()).map(o -> (BigDecimal) o).toList())
        .optional().orElse(List.of());
  }

  /** Idempotent per (appeal, seq): a retried issuing job finds its coupons already there and adds none. */
  boolean issue(Coupon c) {
    return jdbc.sql("""
            insert into coupon (code, appeal_id, seq, dispute_id, buyer_id, amount, currency, issued_at, valid_until,
              status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')
            on conflict (appeal_id, seq) do nothing""")
        .params(c.code(), c.appealId(), c.seq(), c.disputeId(), c.buyerId(), c.amount(), c.currency(),
            Timestamp.from(c.issuedAt()), Timestamp.from(c.validUntil()))
        .update() == 1;
  }

  boolean anyIssued(UUID appealId) {
    return jdbc.sql("select exists (select 1 from coupon where appeal_id = ?)").param(appealId)
        .query(Boolean.class).single();
  }

  /** Atomic: of two redemptions at once, exactly one finds the coupon active and valid. */
  boolean redeem(String code, String orderId, Instant at) {
    return jdbc.sql("""
            update coupon set status = 'REDEEMED', redeemed_at = ?, redeemed_order_id = ?
            where code = ? and status = 'ACTIVE' and valid_until > ?""")
        .params(Timestamp.from(at), orderId, code, Timestamp.from(at)).update() == 1;
  }

  int expire(UUID appealId, Instant at) {
    return jdbc.sql("""
            update coupon set status = 'EXPIRED', expired_at = ?
            where appeal_id = ? and status = 'ACTIVE' and valid_until <= ?""")
        .params(Timestamp.from(at), appealId, Timestamp.from(at)).update();
  }

  Optional<Coupon> find(String code) {
    return jdbc.sql("select * from coupon where code = ?").param(code).query(this::map).optional();
  }

  List<Coupon> ofAppeal(UUID appealId) {
    return jdbc.sql("select * from coupon where appeal_id = ? order by seq").param(appealId).query(this::map).list();
  }

  List<Coupon> ofBuyer(String buyerId) {
    return jdbc.sql("select * from coupon where buyer_id = ? order by issued_at desc, seq limit 500").param(buyerId)
        .query(this::map).list();
  }

  private Coupon map(ResultSet rs, int n) throws SQLException {
    return new Coupon(rs.getString("code"), rs.getObject("appeal_id", UUID.class), rs.getInt("seq"),
        rs.getObject("dispute_id", UUID.class), rs.getString("buyer_id"), rs.getBigDecimal("amount"),
        rs.getString("currency"), inst(rs, "issued_at"), inst(rs, "valid_until"),
        CouponStatus.valueOf(rs.getString("status")), inst(rs, "redeemed_at"), rs.getString("redeemed_order_id"),
        inst(rs, "expired_at"));
  }

  private static Instant inst(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
