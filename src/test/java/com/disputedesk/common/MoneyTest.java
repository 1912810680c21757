package com.disputedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money as the API takes it: a plain decimal, the currency's minor digits, a real ISO 4217 code. */
class MoneyTest {
  @Test
  void amountsAreParsedBeforeAnyArithmeticAndCheckedAgainstTheirCurrency() {
    assertThat(Money.of("12168.71", "RUB").amount()).isEqualByComparingTo("12168.71");
    for (String bad : new String[] {"1e999999999", "1E+5", " 10.00", "+10.00", "0x10", "١٢.٠٠", "1234567890123456.00"}) {
      assertThatThrownBy(() -> Money.parse("amount", bad)).as(bad).isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(() -> Money.of("10.123", "RUB")).hasMessageContaining("at most 2 decimals in RUB");
    assertThatThrownBy(() -> Money.of("10.5", "JPY")).hasMessageContaining("whole JPY");
    assertThat(new Money(new BigDecimal("500"), "JPY").amount()).isEqualByComparingTo("500");
    assertThatThrownBy(() -> Money.of("1.00", "XYZ")).hasMessageContaining("ISO 4217");
  }
}
