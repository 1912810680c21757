package com.disputedesk.integration;

/** What one attempt got back: a status code and the first bytes of the answer, or the error that prevented one. */
record DeliveryResult(Integer status, String excerpt, String error, long durationMillis) {
  static final int EXCERPT_BYTES = 1024;

  boolean succeeded() {
    return status != null && status >= 200 && status < 300;
  }

  boolean gone() {
    return status != null && status == 410;
  }

  static DeliveryResult failed(String error, long durationMillis) {
    return new DeliveryResult(null, null, error, durationMillis);
  }
}
