package com.disputedesk.coupon;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Unguessable coupon codes: 100 random bits from {@link SecureRandom} in Crockford's base-32 (no I, L, O, U to
 * misread), grouped like {@code 7KQ2M-9XH4D-...}. The database's primary key catches the (astronomically rare)
 * collision.
 */
@Component
class CouponCodes {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private final SecureRandom random = new SecureRandom();

  String next() {
    StringBuilder code = new StringBuilder(23);
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[random.nextInt(32)]);
    }
    return code.toString();
  }

  /** A well-formed code: what the redeem endpoint accepts before touching the database. */
  static boolean wellFormed(String code) {
    return code != null && code.matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
  }
}
