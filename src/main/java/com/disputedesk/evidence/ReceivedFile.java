package com.disputedesk.evidence;

import com.disputedesk.common.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;

/**
 * An upload copied to a temporary file while it streams: hashed (SHA-256) and counted on the way, and cut off with a
 * 413 as soon as it passes the limit. Never more than a buffer of it in memory; closing deletes the file.
 */
final class ReceivedFile implements AutoCloseable {
  private final Path path;
  private final String sha256;
  private final long size;

  private ReceivedFile(Path path, String sha256, long size) {
    this.path = path;
    this.sha256 = sha256;
    this.size = size;
  }

  static ReceivedFile receive(InputStreamSource source, long limit) {
    if (source == null) {
      throw RuleViolation.unprocessable("empty-file", "The file is empty.");
    }
    Path path = null;
    try {
      path = Files.createTempFile("evidence-", ".upload");
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = source.getInputStream(); OutputStream out = Files.newOutputStream(path)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          if (size > limit) {
            throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
                "The file has more than " + limit + " bytes; the limit is " + limit + ".");
          }
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw RuleViolation.unprocessable("empty-file", "The file is empty.");
      }
      return new ReceivedFile(path, HexFormat.of().formatHex(digest.digest()), size);
    } catch (IOException e) {
      delete(path);
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      delete(path);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      delete(path);
      throw e;
    }
  }

  Path path() {
    return path;
  }

  String sha256() {
    return sha256;
  }

  long size() {
    return size;
  }

  @Override
  public void close() {
    delete(path);
  }

  private static void delete(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // a temporary file the OS cleans up later
      }
    }
  }
}
