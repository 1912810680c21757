package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.common.InvalidInput;
import org.junit.jupiter.api.Test;

/** 12 characters at least, 72 bytes at most (bcrypt reads no further), never the user name. */
class PasswordPolicyTest {
  @Test
  void theRulesOfALocalPassword() {
    assertThatThrownBy(() -> PasswordPolicy.check("password", "anna", "elevenchars")).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at least 12");
    assertThatThrownBy(() -> PasswordPolicy.check("password", "anna", "ж".repeat(37)))
        .as("37 Cyrillic letters are 74 bytes").hasMessageContaining("72 bytes");
    assertThatThrownBy(() -> PasswordPolicy.check("password", "anna.petrova1", "Anna.Petrova1"))
        .hasMessageContaining("user name");
    assertThatCode(() -> PasswordPolicy.check("password", "anna", "a long and private one")).doesNotThrowAnyException();
    assertThat(PasswordPolicy.temporary()).hasSize(16).doesNotContain("0", "O", "1", "l", "I");
  }
}
