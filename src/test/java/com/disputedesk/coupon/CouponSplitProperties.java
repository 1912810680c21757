package com.disputedesk.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.common.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The split rules for any compensation: what is issued always adds up to it exactly, in positive coupons. */
class CouponSplitProperties {

  record Case(BigDecimal compensation, List<String> split) {}

  @Property
  void anExactPartitionIsIssuedAsChosen(@ForAll("partitions") Case c) {
    List<BigDecimal> issued = CouponSplit.toIssue(c.compensation(), CouponSplit.check(c.compensation(), c.split()));
    assertThat(issued).hasSize(c.split().size()).allSatisfy(a -> assertThat(a.signum()).isPositive());
    assertThat(issued.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(c.compensation());
  }

  @Property
  void aSplitThatIsOffByAnyAmountIsRefused(@ForAll("partitions") Case c,
      @ForAll("offsets") BigDecimal offset) {
    List<String> wrong = new ArrayList<>(c.split());
    BigDecimal last = new BigDecimal(wrong.remove(wrong.size() - 1)).add(offset);
    wrong.add(last.toPlainString());
    assertThatThrownBy(() -> CouponSplit.check(c.compensation(), wrong)).isInstanceOf(InvalidInput.class);
  }

  @Property
  void noChoiceIsOneCouponForTheWholeCompensation(@ForAll("cents") long cents) {
    BigDecimal compensation = BigDecimal.valueOf(cents, 2);
    assertThat(CouponSplit.toIssue(compensation, List.of())).containsExactly(compensation);
  }

  @Provide
  Arbitrary<Long> cents() {
    return Arbitraries.longs().between(1, 10_000_000);
  }

  @Provide
  Arbitrary<BigDecimal> offsets() {
    return Arbitraries.longs().between(-500, 500).filter(v -> v != 0).map(v -> BigDecimal.valueOf(v, 2));
  }

  /** A compensation and a random cut of it into 1..20 positive coupons of whole cents. */
  @Provide
  Arbitrary<Case> partitions() {
    return Combinators.combine(Arbitraries.longs().between(20, 5_000_000), Arbitraries.integers().between(1, 20),
        Arbitraries.randoms()).as((cents, parts, random) -> {
          int n = (int) Math.min(parts, cents);
          List<Long> cuts = new ArrayList<>();
          long left = cents;
          for (int i = 0; i < n - 1; i++) {
            long piece = 1 + (long) (random.nextDouble() * (left - (n - 1 - i) - 1));
            cuts.add(piece);
            left -= piece;
          }
          cuts.add(left);
          return new Case(BigDecimal.valueOf(cents, 2), cuts.stream().map(v -> BigDecimal.valueOf(v, 2).toPlainString())
              .toList());
        });
  }
}
