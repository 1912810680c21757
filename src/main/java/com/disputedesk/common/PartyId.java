package com.disputedesk.common;

import java.util.regex.Pattern;

/** A buyer's or seller's id as the marketplace sends it in {@code X-Party-Id}. */
public record PartyId(String value) {
  public static final String HEADER = "X-Party-Id";
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

  public PartyId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new InvalidInput(HEADER, "must be a party id of 1 to 64 letters, digits, '_', '.', ':' or '-'");
    }
  }

  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
