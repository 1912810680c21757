package com.disputedesk.security;

import com.disputedesk.common.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** What a local password must be, and the temporary ones an administrator hands out. */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  /** bcrypt reads 72 bytes; a longer password would silently lose its tail. */
  public static final int MAX_BYTES = 72;
  // no 0/O, 1/l/I: a temporary password is read aloud or typed from a screen
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** Refuses a password that breaks the policy, naming the rule. */
  public static void check(String field, String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new InvalidInput(field, "must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidInput(field, "must be at most " + MAX_BYTES + " bytes (about 70 Latin characters)");
    }
    if (password.isBlank() || password.equalsIgnoreCase(username)) {
      throw new InvalidInput(field, "must not be the user name");
    }
  }

  /** 16 characters from 56: about 93 bits, valid until its first use. */
  public static String temporary() {
    StringBuilder password = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }
}
