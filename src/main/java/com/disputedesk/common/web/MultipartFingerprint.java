package com.disputedesk.common.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What an idempotent multipart upload is, for its fingerprint: each part's name, file name, type and content. The
 * boundary is left out, because clients choose a new one for each attempt (Spring's is random in length too), and
 * the content is in, so a retry that sends another file under the same key is refused rather than answered with the
 * first file's receipt.
 */
final class MultipartFingerprint {
  private MultipartFingerprint() {}

  /**
   * Parses the parts (the servlet container keeps them for the controller) and digests them. A body the container
   * cannot parse or accept is digested by its length instead: the controller refuses it anyway, and a refusal is
   * never stored for replay.
   */
  static void update(MessageDigest sha, HttpServletRequest request) {
    try {
      for (Part part : request.getParts()) {
        text(sha, part.getName());
        text(sha, part.getSubmittedFileName());
        text(sha, part.getContentType());
        sha.update(Long.toString(part.getSize()).getBytes(StandardCharsets.US_ASCII));
        try (InputStream in = part.getInputStream()) {
          byte[] buffer = new byte[64 * 1024];
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
      }
    } catch (IOException | ServletException | IllegalStateException e) {
      sha.update(("unparsed:" + request.getContentLengthLong()).getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** Length-prefixed, so ("ab", "c") and ("a", "bc") differ. */
  private static void text(MessageDigest sha, String value) {
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }
}
